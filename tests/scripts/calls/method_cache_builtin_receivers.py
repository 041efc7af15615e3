# One call site, receivers of many built-in types and of subclasses: LOAD_METHOD's
# cache for built-in types must never hand one type's method to another.
class Shout(str):
    def upper(self):
        return "shout:" + str.upper(self)

class Items(list):
    def count(self, x):
        return "mine"

def calls(pairs):
    out = []
    for v, arg in pairs:
        out.append(v.count(arg) if not isinstance(v, (int, float)) else v.__abs__())
    return out

print(calls([("banana", "a"), (b"a", b"a"), (["a", "a"], "a"), (("a",), "a"), (Items(), 1), (-3, 0),
             (2.5, 0), (Shout("aa"), "a"), (True, 0)]))  # expect: [3, 1, 2, 1, 'mine', 3, 2.5, 2, 1]

def uppers(values):
    return [v.upper() for v in values]

print(uppers(["ab", b"cd", Shout("ef"), "gh", bytearray(b"ij")]))  # expect: ['AB', b'CD', 'shout:EF', 'GH', bytearray(b'IJ')]

# Objects of built-in types that can hold attributes of their own: a module's
# function, a function's attribute, an exception's, a class's own classmethod.
import math
def f(): pass
f.count = lambda x: "func attr"
e = ValueError("x")
e.count = lambda x: "exc attr"
for obj in (math, f, e, dict, "aa"):
    try:
        print(obj.count("a") if obj is not math else obj.floor(2.5))
    except AttributeError as exc:
        print("AttributeError", exc)
# expect: 2
# expect: func attr
# expect: exc attr
# expect: AttributeError type object 'dict' has no attribute 'count'
# expect: 2

# Class and static methods of built-in types bind as before.
for t in (dict, dict):
    print(t.fromkeys("ab"), "x".maketrans("a", "b") == {97: 98})
# expect: {'a': None, 'b': None} True
# expect: {'a': None, 'b': None} True

# A bound method of a built-in type called through a variable, and a method
# whose lookup fails on the next receiver.
for v in ("a-b", [1], "c-d"):
    try:
        print(v.split("-"))
    except AttributeError as exc:
        print(exc)
# expect: ['a', 'b']
# expect: 'list' object has no attribute 'split'
# expect: ['c', 'd']
