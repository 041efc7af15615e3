# @staticmethod, @classmethod (also through subclasses and instances),
# @property with setter/deleter and its errors, property() called directly.
class Base:
    created = 0

    def __init__(self, n):
        self.n = n
        type(self).created += 1

    @classmethod
    def make(cls, n):
        return cls(n)

    @staticmethod
    def double(x):
        return x * 2

    @property
    def half(self):
        return self.n / 2

    @half.setter
    def half(self, v):
        self.n = v * 2

    @half.deleter
    def half(self):
        print("deleting half")
        del self.n


class Derived(Base):
    pass


d = Derived.make(4)
print(type(d).__name__, d.half, Derived.double(3), d.double(5), Base.created, Derived.created)
d.half = 10
print(d.n, Base.make.__self__ is Base, d.make.__self__ is Derived)
del d.half
try:
    d.half
except AttributeError as e:
    print(e)
print(type(Base.__dict__["make"]).__name__, type(Base.__dict__["double"]).__name__)
print(type(Base.half).__name__, Base.half.fget.__name__)


class ReadOnly:
    @property
    def value(self):
        return 42


r = ReadOnly()
for f in [lambda: setattr(r, "value", 1), lambda: delattr(r, "value")]:
    try:
        f()
    except AttributeError as e:
        print(e)


class Manual:
    def __init__(self):
        self._x = 0

    def get_x(self):
        return self._x

    def set_x(self, v):
        self._x = v

    x = property(get_x, set_x, doc="the x")


m = Manual()
m.x = 7
print(m.x, Manual.x.__doc__, Manual.x.fset is Manual.set_x)
try:
    Derived.make()
except TypeError as e:
    print(e)

# expect: Derived 2.0 6 10 0 1
# expect: 20 True True
# expect: deleting half
# expect: 'Derived' object has no attribute 'n'
# expect: classmethod staticmethod
# expect: property half
# expect: property 'value' of 'ReadOnly' object has no setter
# expect: property 'value' of 'ReadOnly' object has no deleter
# expect: 7 the x True
# expect: Base.make() missing 1 required positional argument: 'n'
