# dict operations and views: insertion order, | and |=, views as sets,
# setdefault/pop/popitem, fromkeys, comprehension, equality and deletion while iterating.
inv = {"apple": 3, "pear": 0, "fig": 12}
inv["kiwi"] = 7
del inv["pear"]
inv["pear"] = 1
print(inv, list(inv), list(inv.values()), list(inv.items())[-1])
keys = inv.keys()
print(keys & {"fig", "plum"}, sorted(keys | {"plum"}), sorted(keys - {"fig"}), keys ^ {"fig", "new"} == {"apple", "kiwi", "pear", "new"})
print("fig" in keys, ("fig", 12) in inv.items(), 12 in inv.values(), len(keys), reversed(inv).__class__.__name__, list(reversed(inv)))
inv["grape"] = 2
print(keys, inv.values(), inv.items())
print(inv | {"apple": 0, "lime": 5}, {"z": 1} | inv == dict(z=1, **inv))
inv |= [("melon", 4)]
print(inv.setdefault("melon", 99), inv.setdefault("new", []), inv.pop("new"), inv.pop("missing", "dflt"))
print(inv.popitem(), inv.get("nothing"), inv.get("fig", 0))
print(dict.fromkeys("abc"), dict.fromkeys(range(3), 0), dict(zip("xy", (1, 2))), dict([("a", 1)], b=2))
print({k: v for k, v in sorted(inv.items(), key=lambda kv: kv[1])})
print({1: "a"} == {1.0: "a"}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, list({True: 1, 1: 2, 1.0: 3}.items()))
try:
    for k in inv:
        inv[k + "!"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    inv[["list"]] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    print(inv["nope"])
except KeyError as e:
    print("KeyError:", e, repr(e))
d = dict(a=1)
d.update([("b", 2)], c=3)
d.update({"a": 10})
print(d, d.copy() is d, d.copy() == d, sorted(d, key=d.get), max(d, key=d.get))
nested = {}
for word in "the cat sat on the mat the end".split():
    nested.setdefault(word[0], {}).setdefault(word, 0)
    nested[word[0]][word] += 1
print(nested)
print(repr(inv.keys())[:10], type(inv.values()).__name__, type(inv.items()).__name__)
