# Instances of dict/list/tuple subclasses carry attributes (kept beside the object, traced by the GC) and honour __slots__.
import gc
class D(dict):
    pass
class L(list):
    pass
class T(tuple):
    pass
items = []
for i in range(2000):
    d = D(k=i)
    d.tag = 'd%d' % i
    l = L([i])
    l.owner = d
    d.partner = l
    items.append(l)
    junk = [D() for _ in range(5)]
    for j in junk:
        j.x = [0] * 10
gc.collect()
print(sum(1 for l in items if l.owner.tag == 'd%d' % l[0] and l.owner.partner is l))
print(items[5].owner, vars(items[5].owner) == {'tag': 'd5', 'partner': items[5]}, items[7].__dict__.keys())
t = T((1, 2)); t.a = 3; print(t, t.a, t.__dict__)
del items
print(gc.collect() >= 0, gc.isenabled()); gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled())
class S(list):
    __slots__ = ()
s = S()
try:
    s.x = 1
except AttributeError as e:
    print(e)
class S(list):
    __slots__ = ('a',)
s = S([1]); s.a = 5; print(s, s.a)
try:
    s.b = 1
except AttributeError as e:
    print(e)
try:
    print(s.__dict__)
except AttributeError as e:
    print(e)
class P(tuple):
    __slots__ = ()
    def __new__(cls, x): return tuple.__new__(cls, (x, x))
p = P(3); print(p)
try:
    p.z = 1
except AttributeError as e:
    print(e)
class Q(P):
    pass
q = Q(1); q.z = 2; print(q.z, q.__dict__)

# Expected output (CPython 3.11):
# expect: 2000
# expect: {'k': 5} True dict_keys(['owner'])
# expect: (1, 2) 3 {'a': 3}
# expect: True True
# expect: False
# expect: True
# expect: 'S' object has no attribute 'x'
# expect: [1] 5
# expect: 'S' object has no attribute 'b'
# expect: 'S' object has no attribute '__dict__'
# expect: (3, 3)
# expect: 'P' object has no attribute 'z'
# expect: 2 {'z': 2}
