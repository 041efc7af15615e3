# WeakValueDictionary, WeakKeyDictionary and WeakSet lose an entry when its object dies
import weakref, gc

class C:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "C(%d)" % self.n

objs = [C(i) for i in range(5)]
wv = weakref.WeakValueDictionary()
for o in objs:
    wv[o.n] = o
print(len(wv), sorted(wv.keys()), wv[2])
del o
del objs[1]
gc.collect()
print(len(wv), sorted(wv.keys()), 1 in wv, wv.get(1), wv.get(3))
x = C(10)
wv["x"] = x
del x
print("x" in wv, len(wv))

wk = weakref.WeakKeyDictionary()
for o in objs:
    wk[o] = o.n * 10
del o
print(len(wk), sorted(wk.values()))
objs.pop()
gc.collect()
print(len(wk), sorted(wk.values()))
k = C(99)
wk[k] = "k"
print(wk[k], k in wk, 5 in wk)
del k
print(len(wk))

ws = weakref.WeakSet()
a, b, c = C(1), C(2), C(3)
ws.add(a); ws.add(b); ws.add(c)
print(len(ws), sorted(x.n for x in ws), a in ws, 3 in ws)
del b
print(len(ws), sorted(x.n for x in ws))
ws.discard(a)
print(len(ws), isinstance(ws, __import__("collections.abc").abc.MutableSet))
del objs
gc.collect()
print(len(wv), len(wk))
try:
    wk[1] = 2
except TypeError as e:
    print("TypeError:", e)
print(repr(ws).startswith("{<weakref at 0x"))

# expect: 5 [0, 1, 2, 3, 4] C(2)
# expect: 4 [0, 2, 3, 4] False None C(3)
# expect: False 4
# expect: 4 [0, 20, 30, 40]
# expect: 3 [0, 20, 30]
# expect: k True False
# expect: 3
# expect: 3 [1, 2, 3] True False
# expect: 2 [1, 3]
# expect: 1 True
# expect: 0 0
# expect: TypeError: cannot create weak reference to 'int' object
# expect: True
