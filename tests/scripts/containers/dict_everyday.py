d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("b"), d, d.setdefault("e", 5), d)
d.update({"a": 100}, f=6)
print(d)
for k, v in sorted(d.items()):
    print(k, v)
print(dict(a=1, b=2), dict([("x", 1)]), dict.fromkeys("ab", 0), {1: 2} == {1: 2})
counts = {}
for w in "the cat the hat the".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get))
del d["a"]
print(d, d.copy() == d, {**d, "z": 0})
print({1: 'int', 1.0: 'float', True: 'bool'})

# expect: {'b': 2, 'a': 1, 'c': 3} 3 1 None 0 True
# expect: ['b', 'a', 'c'] [2, 1, 3] [('b', 2), ('a', 1), ('c', 3)]
# expect: 2 {'a': 1, 'c': 3, 'e': 5} 5 {'a': 1, 'c': 3, 'e': 5}
# expect: {'a': 100, 'c': 3, 'e': 5, 'f': 6}
# expect: a 100
# expect: c 3
# expect: e 5
# expect: f 6
# expect: {'a': 1, 'b': 2} {'x': 1} {'a': 0, 'b': 0} True
# expect: {'the': 3, 'cat': 1, 'hat': 1} the
# expect: {'c': 3, 'e': 5, 'f': 6} True {'c': 3, 'e': 5, 'f': 6, 'z': 0}
# expect: {1: 'bool'}
