# weakref.ref dies with its object where CPython's does (del, rebinding, a function's return): r() is None, callbacks of live refs run once (newest first), errors reported as unraisable; hash, equality, repr and getweakrefs order
import weakref, gc

class C:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "C(%s)" % self.name

def cb(tag):
    def f(r):
        print("callback", tag, r() is None, type(r).__name__)
    return f

o = C("a")
r = weakref.ref(o)
print(r() is o, weakref.ref(o) is r, weakref.getweakrefcount(o))
del o
print("after del:", r(), weakref.getweakrefcount(r) if False else "-")

o = C("b")
r1 = weakref.ref(o, cb("r1"))
r2 = weakref.ref(o, cb("r2"))
print(r1 is r2, r1.__callback__ is not None, weakref.getweakrefcount(o))
o = None
print("after rebind:", r1(), r2(), r1.__callback__)

def make():
    x = C("local")
    return weakref.ref(x, cb("local"))
r3 = make()
print("after return:", r3())

# a dead ref with a callback: the callback never runs
o = C("c")
dead = weakref.ref(o, cb("never"))
del dead
del o
gc.collect()
print("no callback for a dead ref")

# callback errors are reported, not raised
def bad(r):
    raise ValueError("oops")
bad.__qualname__ = bad.__name__ = "bad"
o = C("d")
rb = weakref.ref(o, bad)
del o
print("after bad callback")

# hash and equality
o = C("e")
ra = weakref.ref(o)
rb2 = weakref.ref(o, lambda r: None)
print(ra == rb2, hash(ra) == hash(o), ra != rb2)
p = C("f")
rp = weakref.ref(p)
del p
try:
    hash(rp)
except TypeError as e:
    print("TypeError:", e)
print(hash(ra) == hash(o))
del o
print(ra == rb2, ra == ra, ra != rb2, hash(ra) is not None)

# repr
o = C("g")
r = weakref.ref(o)
print(repr(r).startswith("<weakref at 0x"), "; to 'C' at 0x" in repr(r))
def fn(): pass
print(repr(weakref.ref(fn)).endswith(" (fn)>"))
del o
print(repr(r).endswith("; dead>"))

# getweakrefs order: basic ref, proxy, then callback refs newest first
o = C("h")
c1 = weakref.ref(o, cb("1"))
b = weakref.ref(o)
c2 = weakref.ref(o, cb("2"))
px = weakref.proxy(o)
refs = weakref.getweakrefs(o)
print([x is b for x in refs], [x is c2 for x in refs], [x is px for x in refs])
del o
print("end")

# expect: True True 1
# expect: after del: None -
# expect: False True 2
# expect: callback r2 True ReferenceType
# expect: callback r1 True ReferenceType
# expect: after rebind: None None None
# expect: callback local True ReferenceType
# expect: after return: None
# expect: no callback for a dead ref
# expect: after bad callback
# expect: True True False
# expect: TypeError: weak object has gone away
# expect: True
# expect: False True True True
# expect: True True
# expect: True
# expect: True
# expect: [True, False, False, False] [False, False, True, False] [False, True, False, False]
# expect: callback 2 True ReferenceType
# expect: callback 1 True ReferenceType
# expect: end
# expect stderr: Traceback (most recent call last):
# expect stderr: ValueError: oops
