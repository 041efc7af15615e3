# Instance attributes kept in shapes (vm/shape.hpp) with inline caches: every
# way of reaching an instance's attributes must see the same values, and
# cached attribute instructions must notice class and instance changes.


class P:
    kind = "class-kind"

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def get_x(self):
        return self.x

    def where(self):
        return "method"


def read_x(o):
    return o.x


def read_kind(o):
    return o.kind


def call_where(o):
    return o.where()


# One instruction sees several shapes and classes.
class Q:
    def __init__(self):
        self.y = "qy"
        self.x = "qx"


objs = [P(1, 2), Q(), P(3, 4), Q()]
print([read_x(o) for o in objs])
print([list(vars(o)) for o in objs])

# __dict__ is the same attributes; writes through it are seen by cached reads.
p = P(10, 20)
print(read_x(p), p.get_x())
d = p.__dict__
print(d)
d["x"] = 11
print(read_x(p), p.get_x(), p.x)
d["z"] = 30
print(p.z, sorted(vars(p)))
del d["x"]
try:
    read_x(p)
except AttributeError as e:
    print("AttributeError:", e)
p.x = 12
print(read_x(p), list(p.__dict__))
print(p.__dict__ is d, vars(p) is d)

# del obj.x: the cached read sees the class attribute or the error.
p2 = P(1, 2)
print(read_kind(p2))
p2.kind = "own-kind"
print(read_kind(p2))
del p2.kind
print(read_kind(p2))
try:
    del p2.kind
except AttributeError as e:
    print("AttributeError:", e)
del p2.x
try:
    p2.get_x()
except AttributeError as e:
    print("AttributeError:", e)
p2.x = "again"
print(p2.get_x(), list(vars(p2)))

# An instance attribute shadows a method; the cached method call notices.
p3 = P(0, 0)
print(call_where(p3))
p3.where = lambda: "instance function"
print(call_where(p3))
del p3.where
print(call_where(p3))

# Class changes after caching.
p4 = P(5, 6)
print(call_where(p4), read_kind(p4))
P.where = lambda self: "replaced method"
P.kind = "new-kind"
print(call_where(p4), read_kind(p4))
P.x = property(lambda self: "property x")
print(read_x(p4), p4.get_x(), p4.__dict__["x"])
del P.x
print(read_x(p4), p4.get_x())


class Desc:
    def __get__(self, obj, owner):
        return "non-data descriptor"


P.y = Desc()
print(p4.y)
del P.y
print(p4.y)


class DataDesc:
    def __get__(self, obj, owner):
        return "data descriptor"

    def __set__(self, obj, value):
        print("set through descriptor", value)


def write_y(o, v):
    o.y = v


write_y(p4, 7)
print(p4.y)
P.y = DataDesc()
write_y(p4, 8)
print(p4.y, p4.__dict__["y"])
del P.y
print(p4.y)


# __setattr__ in a subclass, through the same instruction as the base.
class Base:
    def __init__(self, v):
        self.v = v


class Logged(Base):
    def __setattr__(self, name, value):
        print("Logged sets", name, value)
        object.__setattr__(self, name, value * 10)


print([Base(1).v, Logged(2).v, Base(3).v, Logged(4).v])


# __slots__: only the listed names, through cached stores and loads.
class S:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a

    def set_b(self, b):
        self.b = b


s = S(1)
s.set_b(2)
print(s.a, s.b)
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.__dict__
except AttributeError as e:
    print("AttributeError:", e)


# Many attributes, past any shape limit, set with run-time names.
class Bag:
    pass


bags = [Bag() for _ in range(3)]
for i, b in enumerate(bags):
    for k in range(70 * i + 5):
        setattr(b, "attr_" + str(k), k * i)
for b in bags:
    n = len(vars(b))
    print(n, b.attr_4, getattr(b, "attr_" + str(n - 1)), list(vars(b))[-2:])
bags[2].attr_3 = "changed"
print(bags[2].attr_3, vars(bags[2])["attr_3"])
del bags[2].attr_100
print(hasattr(bags[2], "attr_100"), len(vars(bags[2])))

# Names built at run time and names from the code are the same attribute.
o = Bag()
name = "".join(["dy", "nam", "ic"])
setattr(o, name, 1)
print(o.dynamic)
o.dynamic = 2
print(getattr(o, name), vars(o))
delattr(o, name)
print(hasattr(o, "dynamic"), vars(o))


# Optional attributes: instances of one class with different shapes.
class Opt:
    def __init__(self, i):
        self.i = i
        if i % 2:
            self.odd = True
        self.last = i * i

    def describe(self):
        return (self.i, getattr(self, "odd", False), self.last)


print([Opt(i).describe() for i in range(4)])
print([list(vars(Opt(i))) for i in range(2)])


# __class__ assignment keeps the attributes.
class A1:
    def __init__(self):
        self.v = "a1"

    def who(self):
        return "A1 " + self.v


class B1:
    def who(self):
        return "B1 " + self.v


objs = [A1(), A1()]
objs[1].__class__ = B1
print([o.who() for o in objs])

# Replacing __dict__ entirely.
r = A1()
r.__dict__ = {"v": "replaced"}
print(r.who(), vars(r))

# Many objects with attributes survive collections intact.
keep = []
for i in range(20000):
    q = Opt(i)
    q.payload = [i, str(i)]
    keep.append(q)
print(sum(q.payload[0] for q in keep), keep[12345].payload[1], keep[777].describe())

# Read-modify-write through the cache.
class Acc:
    def __init__(self):
        self.n = 1

    def grow(self):
        self.n *= 3
        self.n += 1
        return self.n


a = Acc()
print([a.grow() for _ in range(4)])
print(dir(a)[-2:], a.__dict__)

# expect: [1, 'qx', 3, 'qx']
# expect: [['x', 'y'], ['y', 'x'], ['x', 'y'], ['y', 'x']]
# expect: 10 10
# expect: {'x': 10, 'y': 20}
# expect: 11 11 11
# expect: 30 ['x', 'y', 'z']
# expect: AttributeError: 'P' object has no attribute 'x'
# expect: 12 ['y', 'z', 'x']
# expect: True True
# expect: class-kind
# expect: own-kind
# expect: class-kind
# expect: AttributeError: 'P' object has no attribute 'kind'
# expect: AttributeError: 'P' object has no attribute 'x'
# expect: again ['y', 'x']
# expect: method
# expect: instance function
# expect: method
# expect: method class-kind
# expect: replaced method new-kind
# expect: property x property x 5
# expect: 5 5
# expect: 6
# expect: 6
# expect: 7
# expect: set through descriptor 8
# expect: data descriptor 7
# expect: 7
# expect: Logged sets v 2
# expect: Logged sets v 4
# expect: [1, 20, 3, 40]
# expect: 1 2
# expect: AttributeError: 'S' object has no attribute 'c'
# expect: AttributeError: 'S' object has no attribute '__dict__'
# expect: 5 0 0 ['attr_3', 'attr_4']
# expect: 75 4 74 ['attr_73', 'attr_74']
# expect: 145 8 288 ['attr_143', 'attr_144']
# expect: changed changed
# expect: False 144
# expect: 1
# expect: 2 {'dynamic': 2}
# expect: False {}
# expect: [(0, False, 0), (1, True, 1), (2, False, 4), (3, True, 9)]
# expect: [['i', 'last'], ['i', 'odd', 'last']]
# expect: ['A1 a1', 'B1 a1']
# expect: A1 replaced {'v': 'replaced'}
# expect: 199990000 12345 (777, True, 603729)
# expect: [4, 13, 40, 121]
# expect: ['grow', 'n'] {'n': 121}
