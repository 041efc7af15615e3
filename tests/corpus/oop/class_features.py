"""Class features real code uses: __init_subclass__ registries, classmethod factories,
staticmethods, __slots__, __getattr__ fallbacks, __call__, and class decorators."""


class Plugin:
    registry = {}

    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry[name or cls.__name__.lower()] = cls

    def run(self, text):
        raise NotImplementedError


class Upper(Plugin):
    def run(self, text):
        return text.upper()


class Reverse(Plugin, name="rev"):
    def run(self, text):
        return text[::-1]


class Temperature:
    def __init__(self, kelvin):
        self.kelvin = kelvin

    @classmethod
    def from_celsius(cls, c):
        return cls(c + 273.15)

    @staticmethod
    def valid(k):
        return k >= 0

    def __repr__(self):
        return f"Temperature({self.kelvin:.2f})"


class Proxy:
    def __init__(self, target):
        self._target = target
        self.calls = []

    def __getattr__(self, name):
        attr = getattr(self._target, name)
        if callable(attr):
            def wrapper(*a, **k):
                self.calls.append(name)
                return attr(*a, **k)
            return wrapper
        return attr


class Multiplier:
    def __init__(self, k):
        self.k = k

    def __call__(self, x):
        return x * self.k


def add_repr(cls):
    def __repr__(self):
        items = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({items})"
    cls.__repr__ = __repr__
    return cls


@add_repr
class Config:
    def __init__(self, **kw):
        self.__dict__.update(kw)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


print(sorted(Plugin.registry))
for name, cls in sorted(Plugin.registry.items()):
    print(name, cls().run("Hello"))
t = Temperature.from_celsius(25)
print(t, Temperature.valid(-1), t.valid(300))
p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.calls, p.__len__())
try:
    p.nonexistent
except AttributeError as e:
    print("AttributeError:", e)
double = Multiplier(2)
print(list(map(double, [1, 2, 3])), callable(double), callable(t))
print(Config(host="h", port=1))
s = Slotted()
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.b
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(s, "__dict__"), Slotted.__slots__)
print(type(t).__name__, type(t).__qualname__, Temperature.from_celsius.__name__)
print(getattr(t, "missing", "default"), vars(t))
