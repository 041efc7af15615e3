# WeakValueDictionary, WeakKeyDictionary and WeakSet methods as CPython's (copy, deepcopy, |, pop, popitem, setdefault, set operators), entries going when objects die
import weakref, gc, copy

class O:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "O(%d)" % self.n
    def __hash__(self):
        return hash(self.n)
    def __eq__(self, other):
        return isinstance(other, O) and self.n == other.n

objs = [O(i) for i in range(4)]
wv = weakref.WeakValueDictionary({i: o for i, o in enumerate(objs)})
print(sorted(wv.items(), key=lambda kv: kv[0]), len(wv.valuerefs()), len(list(wv.itervaluerefs())))
print(wv.setdefault(0, "x") is objs[0], wv.pop(3) is objs[3], len(wv))
try:
    wv.pop(99)
except KeyError as e:
    print("KeyError", e)
print(wv.pop(99, "default"))
c = wv.copy()
print(type(c).__name__, sorted(c.keys()))
d = copy.deepcopy(wv)
print(sorted(d.keys()))
m = wv | {10: objs[0]}
print(type(m).__name__, sorted(m.keys()))
k, v = wv.popitem()
print(k in (0, 1, 2), v.n == k, len(wv))
wv[5] = objs[1]
del objs[1]
gc.collect()
print(sorted(wv.keys()), sorted(c.keys()))
try:
    wv[1]
except KeyError as e:
    print("KeyError", e)

wk = weakref.WeakKeyDictionary()
a, b = O(1), O(2)
wk[a] = "a"
wk[b] = "b"
print(sorted(wk.values()), wk.get(O(1)), O(1) in wk, wk.get(O(7), "none"), len(wk.keyrefs()))
print(wk.setdefault(a, "zz"), wk.pop(b), len(wk))
wk.update({b: "b2"}, )
print(sorted((k.n, v) for k, v in wk.items()))
wk2 = wk.copy()
del b
gc.collect()
print(sorted((k.n, v) for k, v in wk.items()), len(wk2))
print(repr(wk).startswith("<WeakKeyDictionary at 0x"), repr(wv).startswith("<WeakValueDictionary at 0x"))

s1 = weakref.WeakSet([a])
x, y = O(5), O(6)
s2 = weakref.WeakSet([x, y])
u = s1 | s2
print(type(u).__name__, sorted(o.n for o in u), len(s1 & s2), len(s2 - s1), s1 <= u, u >= s2, s1 == weakref.WeakSet([a]))
print(s1.isdisjoint(s2), sorted(o.n for o in s1 ^ s2))
print(s2.pop().n in (5, 6), len(s2))
s2.clear()
print(len(s2))
try:
    s2.pop()
except KeyError as e:
    print("KeyError", e)
del x, y
gc.collect()
print(len(u), sorted(o.n for o in u))
try:
    s1.add(1)
except TypeError as e:
    print("TypeError", e)
print(weakref.WeakSet[int], weakref.ref[int])

# expect: [(0, O(0)), (1, O(1)), (2, O(2)), (3, O(3))] 4 4
# expect: True True 3
# expect: KeyError 99
# expect: default
# expect: WeakValueDictionary [0, 1, 2]
# expect: [0, 1, 2]
# expect: WeakValueDictionary [0, 1, 2, 10]
# expect: True True 2
# expect: [0] [0, 2]
# expect: KeyError 1
# expect: ['a', 'b'] a True none 2
# expect: a b 1
# expect: [(1, 'a'), (2, 'b2')]
# expect: [(1, 'a')] 1
# expect: True True
# expect: WeakSet [1, 5, 6] 0 2 True True True
# expect: True [1, 5, 6]
# expect: True 1
# expect: 0
# expect: KeyError 'pop from empty WeakSet'
# expect: 1 [1]
# expect: TypeError cannot create weak reference to 'int' object
# expect: _weakrefset.WeakSet[int] weakref.ReferenceType[int]
