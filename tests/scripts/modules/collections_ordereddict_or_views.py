# OrderedDict | dict keeps the OrderedDict type (both sides, |= too); its views
# show as CPython's odict_keys/odict_values/odict_items and are live, set-like, reversible.
from collections import OrderedDict as OD
a = OD(a=1, b=2)
print(a | {"c": 3}, {"z": 0} | a, type({"z": 0} | a).__name__)
a |= {"a": 9, "d": 4}; print(a, type(a).__name__)
a |= [("e", 5)]; print(a)
class Sub(OD): pass
print(type(Sub(x=1) | {"y": 2}).__name__, type({"y": 2} | Sub(x=1)).__name__)
print(a.keys(), a.values(), a.items())
k = a.keys(); a["z"] = 26
print(k, len(k), "z" in k, ("z", 26) in a.items(), 26 in a.values(), list(reversed(a.items()))[:2], list(reversed(a.values())))
print(k & {"a", "q"}, sorted(k | {"q"}), a.keys() == {"a", "b", "d", "e", "z"}, a.items() == dict(a).items(), a.values() == a.values())
print(type(k).__name__, list(a.items())[0], dict(a.items()) == a, [x for x in a.values()])
print(OD().keys(), OD(x=1).popitem(), a.popitem(last=False), a)
# expect: OrderedDict([('a', 1), ('b', 2), ('c', 3)]) OrderedDict([('z', 0), ('a', 1), ('b', 2)]) OrderedDict
# expect: OrderedDict([('a', 9), ('b', 2), ('d', 4)]) OrderedDict
# expect: OrderedDict([('a', 9), ('b', 2), ('d', 4), ('e', 5)])
# expect: Sub Sub
# expect: odict_keys(['a', 'b', 'd', 'e']) odict_values([9, 2, 4, 5]) odict_items([('a', 9), ('b', 2), ('d', 4), ('e', 5)])
# expect: odict_keys(['a', 'b', 'd', 'e', 'z']) 5 True True True [('z', 26), ('e', 5)] [26, 5, 4, 2, 9]
# expect: {'a'} ['a', 'b', 'd', 'e', 'q', 'z'] True True False
# expect: odict_keys ('a', 9) True [9, 2, 4, 5, 26]
# expect: odict_keys([]) ('x', 1) ('a', 9) OrderedDict([('b', 2), ('d', 4), ('e', 5), ('z', 26)])
