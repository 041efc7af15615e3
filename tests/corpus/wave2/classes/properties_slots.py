# properties with setters/deleters and docstrings, __slots__ with inheritance,
# class/static methods as alternative constructors, and class attribute shadowing.
class Temperature:
    """A temperature kept in kelvin."""

    __slots__ = ("_k",)
    absolute_zero = 0.0

    def __init__(self, kelvin=0.0):
        self.kelvin = kelvin

    @property
    def kelvin(self):
        "kelvin, never negative"
        return self._k

    @kelvin.setter
    def kelvin(self, value):
        if value < self.absolute_zero:
            raise ValueError(f"{value} K is below absolute zero")
        self._k = float(value)

    @kelvin.deleter
    def kelvin(self):
        print("resetting")
        self._k = 0.0

    celsius = property(lambda self: self._k - 273.15, lambda self, v: setattr(self, "kelvin", v + 273.15), doc="celsius")

    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9 + 273.15)

    @staticmethod
    def describe(value):
        return "hot" if value > 300 else "cold"

    def __repr__(self):
        return f"{type(self).__name__}({self._k:.2f})"


t = Temperature(300)
t.celsius = 100
print(t, round(t.celsius, 2), Temperature.from_fahrenheit(212), Temperature.describe(t.kelvin), t.describe(1))
del t.kelvin
print(t, Temperature.kelvin.__doc__, Temperature.celsius.__doc__, type(Temperature.__dict__["from_fahrenheit"]).__name__)
try:
    t.kelvin = -1
except ValueError as e:
    print("ValueError:", e)
try:
    t.colour = "red"
except AttributeError as e:
    print("AttributeError:", e)
print(Temperature.__slots__, hasattr(t, "__dict__"), Temperature.__doc__)


class Precise(Temperature):
    __slots__ = ("unit",)

    def __init__(self, k, unit="K"):
        super().__init__(k)
        self.unit = unit


class Loose(Temperature):
    pass


p, l = Precise(5), Loose(6)
l.note = "has dict"
print(p, p.unit, l.note, hasattr(p, "__dict__"), vars(l))


class ReadOnly:
    @property
    def value(self):
        return 42


r = ReadOnly()
try:
    r.value = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del r.value
except AttributeError as e:
    print("AttributeError:", e)


class Counter:
    count = 0

    def bump(self):
        self.count += 1  # creates an instance attribute shadowing the class one
        return self.count


c1, c2 = Counter(), Counter()
print(c1.bump(), c1.bump(), c2.bump(), Counter.count, c1.__dict__)
print(Temperature.from_fahrenheit.__self__ is Temperature, Temperature.describe.__name__, Precise.from_fahrenheit(32))
