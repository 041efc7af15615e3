# weakref.proxy forwards to its object, shares the basic proxy, runs its callback and raises ReferenceError once the object is gone
import weakref

class C:
    def __init__(self):
        self.x = 1
    def meth(self):
        return "meth"
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 2
    def __add__(self, other):
        return "add %r" % (other,)

o = C()
p = weakref.proxy(o)
print(p.x, p.meth(), len(p), p[4], p + 1, weakref.proxy(o) is p, type(p).__name__)
p.y = 5
print(o.y)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", str(e).replace("weakref.", ""))
def f(a):
    return a + 1
pf = weakref.proxy(f)
print(pf(1), type(pf).__name__, callable(pf))
cbs = []
p2 = weakref.proxy(o, lambda pr: cbs.append("called"))
print(p2 is p, weakref.getweakrefcount(o))
del o
print(cbs)
for what in (lambda: p.x, lambda: str(p), lambda: len(p), lambda: p + 1):
    try:
        what()
    except ReferenceError as e:
        print("ReferenceError:", e)

# expect: 1 meth 3 8 add 1 True ProxyType
# expect: 5
# expect: TypeError: unhashable type: 'ProxyType'
# expect: 2 CallableProxyType True
# expect: False 2
# expect: ['called']
# expect: ReferenceError: weakly-referenced object no longer exists
# expect: ReferenceError: weakly-referenced object no longer exists
# expect: ReferenceError: weakly-referenced object no longer exists
# expect: ReferenceError: weakly-referenced object no longer exists
