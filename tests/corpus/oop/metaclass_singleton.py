"""Metaclasses as used in the wild: a singleton, an auto-registry, and attribute checks."""


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Settings(metaclass=Singleton):
    def __init__(self):
        print("Settings created")
        self.values = {}


class RequireDocs(type):
    def __new__(mcls, name, bases, ns):
        for key, value in ns.items():
            if callable(value) and not key.startswith("_") and not getattr(value, "__doc__", None):
                raise TypeError(f"{name}.{key} needs a docstring")
        cls = super().__new__(mcls, name, bases, ns)
        cls.public = sorted(k for k in ns if not k.startswith("_"))
        return cls


class Api(metaclass=RequireDocs):
    def get(self):
        """Fetch."""

    def put(self):
        """Store."""


a = Settings()
b = Settings()
a.values["x"] = 1
print(a is b, b.values, type(Settings).__name__)
print(Api.public, type(Api) is RequireDocs, isinstance(Api, type))
try:
    class Bad(metaclass=RequireDocs):
        def undocumented(self):
            pass
except TypeError as e:
    print("TypeError:", e)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("preparing", name)
        return {"created_by": "Meta"}

    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        print("initialised", name, sorted(k for k in ns if not k.startswith("__")))


class Thing(metaclass=Meta):
    x = 1


print(Thing.created_by, Thing.x)
Dynamic = type("Dynamic", (object,), {"greet": lambda self: "hi", "n": 3})
print(Dynamic().greet(), Dynamic.n, Dynamic.__name__)
print([c.__name__ for c in object.__subclasses__() if c.__name__ in ("Api", "Thing", "Dynamic")])
