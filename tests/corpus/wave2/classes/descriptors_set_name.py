# Descriptors in the manner of the descriptor how-to: __set_name__, validators,
# data vs non-data precedence, a cached property, and lookups through the class.
import functools


class Validated:
    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name
        print(f"__set_name__ on {owner.__name__}: {name}")

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        self.validate(value)
        setattr(obj, self.private, value)


class OneOf(Validated):
    def __init__(self, *options):
        self.options = set(options)

    def validate(self, value):
        if value not in self.options:
            raise ValueError(f"{self.public}: {value!r} not in {sorted(self.options)}")


class Number(Validated):
    def __init__(self, minvalue=None):
        self.minvalue = minvalue

    def validate(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"{self.public}: expected a number, got {type(value).__name__}")
        if self.minvalue is not None and value < self.minvalue:
            raise ValueError(f"{self.public}: {value} is below {self.minvalue}")


class Component:
    kind = OneOf("wood", "metal", "plastic")
    quantity = Number(minvalue=0)

    def __init__(self, kind, quantity):
        self.kind = kind
        self.quantity = quantity

    @functools.cached_property
    def label(self):
        print("  computing label")
        return f"{self.quantity} x {self.kind}"


c = Component("wood", 5)
print(c.kind, c.quantity, c.label, c.label, vars(c))
for args in [("gold", 1), ("metal", -1), ("metal", "ten")]:
    try:
        Component(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(type(Component.kind).__name__, Component.quantity.minvalue)


class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"


class Data(NonData):
    def __set__(self, obj, value):
        raise AttributeError("read-only")


class Holder:
    nd = NonData()
    d = Data()


h = Holder()
h.__dict__["nd"] = "from instance"
h.__dict__["d"] = "from instance"
print(h.nd, h.d)
try:
    h.d = 1
except AttributeError as e:
    print("AttributeError:", e)
del h.__dict__["nd"]
print(h.nd, Holder.nd)


class Ten:
    def __get__(self, obj, objtype=None):
        return 10


class A:
    x = Ten()


print(A.x, A().x, A.__dict__["x"].__class__.__name__)
