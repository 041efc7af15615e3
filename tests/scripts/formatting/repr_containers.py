print(repr([1, "two", 3.0, None, True, [4], (5,), {6: 7}]))
print(repr((1,)), repr(()), repr({}), repr(set()), repr({1}), repr(frozenset()))
print(repr("it's"), repr('say "hi"'), repr("tab\t\x00\x7f"), repr("ünï"))
print(str({"a": [1, {"b": (2,)}]}))
l = [1]
l.append(l)
print(l)
d = {}
d["self"] = d
print(d)

# expect: [1, 'two', 3.0, None, True, [4], (5,), {6: 7}]
# expect: (1,) () {} set() {1} frozenset()
# expect: "it's" 'say "hi"' 'tab\t\x00\x7f' 'ünï'
# expect: {'a': [1, {'b': (2,)}]}
# expect: [1, [...]]
# expect: {'self': {...}}
