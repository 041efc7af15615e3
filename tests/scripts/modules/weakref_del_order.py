# A weakly referenced object with __del__: __del__ runs first (the ref still alive), then the ref is cleared and its callback runs, all at the del; a collected cycle clears its refs
import weakref, gc

class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("__del__", self.n, "ref alive in __del__:", r() is self)

d = D(1)
r = weakref.ref(d, lambda ref: print("callback after __del__", ref() is None))
del d
print("after del:", r())

class N:
    pass

x = N()
y = N()
x.other = y
y.other = x
rx = weakref.ref(x, lambda ref: print("cycle collected"))
x = y = None
gc.collect()
print("after collect:", rx())

def holder():
    n = N()
    return weakref.ref(n)
print("returned:", holder()())

items = [N() for _ in range(3)]
refs = [weakref.ref(i) for i in items]
items.pop()
gc.collect()
print([r() is None for r in refs])

# expect: __del__ 1 ref alive in __del__: True
# expect: callback after __del__ True
# expect: after del: None
# expect: cycle collected
# expect: after collect: None
# expect: returned: None
# expect: [False, False, True]
