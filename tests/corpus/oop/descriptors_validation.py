"""Data descriptors for validated fields, __set_name__, and a typed record base class."""


class Field:
    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        self.validate(value)
        setattr(obj, self.private, value)

    def validate(self, value):
        pass


class Typed(Field):
    kind = object

    def validate(self, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")


class Integer(Typed):
    kind = int


class String(Typed):
    kind = str


class Positive(Integer):
    def validate(self, value):
        super().validate(value)
        if value <= 0:
            raise ValueError(f"{self.name} must be > 0, got {value}")


class OneOf(Field):
    def __init__(self, *options):
        self.options = options

    def validate(self, value):
        if value not in self.options:
            raise ValueError(f"{self.name} must be one of {self.options}")


class Record:
    def __init__(self, **kwargs):
        fields = [k for k, v in vars(type(self)).items() if isinstance(v, Field)]
        missing = [f for f in fields if f not in kwargs]
        if missing:
            raise TypeError(f"missing fields: {', '.join(missing)}")
        for k, v in kwargs.items():
            setattr(self, k, v)

    def __repr__(self):
        fields = [k for k, v in vars(type(self)).items() if isinstance(v, Field)]
        return f"{type(self).__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"


class Product(Record):
    name = String()
    qty = Positive()
    size = OneOf("S", "M", "L")


p = Product(name="shirt", qty=3, size="M")
print(p, p.qty, p._qty)
for attr, value in [("qty", 0), ("qty", "many"), ("name", 42), ("size", "XL"), ("qty", 7)]:
    try:
        setattr(p, attr, value)
        print("set", attr, "=", value)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(p)
try:
    Product(name="x")
except TypeError as e:
    print("TypeError:", e)
print(type(Product.qty).__name__, Product.qty.name, Product.size.options)


class Lazy:
    def __init__(self, fn):
        self.fn = fn

    def __set_name__(self, owner, name):
        self.attr = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        print(f"computing {self.attr}")
        value = self.fn(obj)
        obj.__dict__[self.attr] = value
        return value


class Report:
    @Lazy
    def heavy(self):
        return sum(range(1000))


r = Report()
print(r.heavy, r.heavy, "heavy" in vars(r))
