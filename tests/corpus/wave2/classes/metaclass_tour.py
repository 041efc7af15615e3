# Metaclasses as the cookbook shows them: __prepare__ with an ordered recorder,
# __new__ adding methods, __call__ for instance caching, __instancecheck__, and
# class-level __repr__ through the metaclass.
class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print(f"prepare {name} {kw}")
        return Recorder()

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.field_order = tuple(ns.order)
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.options = kw

    def __repr__(cls):
        return f"<model {cls.__name__} fields={cls.field_order}>"


class Model(metaclass=Meta, table="items"):
    zeta = 1
    alpha = 2

    def method(self):
        return "m"


print(Model, Model.field_order, Model.options, type(Model).__name__, isinstance(Model, Meta))


class Sub(Model, table="sub"):
    beta = 3


print(Sub, Sub.options, Sub().method())


class Cached(type):
    def __call__(cls, *args):
        cache = cls.__dict__.get("_cache")
        if cache is None:
            cache = {}
            setattr(cls, "_cache", cache)
        if args not in cache:
            print("  creating", cls.__name__, args)
            cache[args] = super().__call__(*args)
        return cache[args]


class Colour(metaclass=Cached):
    def __init__(self, name):
        self.name = name


print(Colour("red") is Colour("red"), Colour("red") is Colour("blue"), len(Colour._cache))


class DuckMeta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")

    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")


class Duck(metaclass=DuckMeta):
    pass


class Robot:
    def quack(self):
        return "beep"


print(isinstance(Robot(), Duck), isinstance(1, Duck), issubclass(Robot, Duck), issubclass(int, Duck))
Dyn = Meta("Dyn", (), {"x": 1}) if False else type("Dyn", (object,), {"x": 1, "__repr__": lambda s: "Dyn!"})
print(Dyn(), Dyn.x, type(Dyn), Dyn.__mro__)
try:
    class Conflict(Model, Colour):
        pass
except TypeError as e:
    print("TypeError:", e)
