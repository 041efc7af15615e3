"""Properties with validation, computed attributes, deleters, and __getattr__/__setattr__ hooks."""


class Celsius:
    def __init__(self, degrees=0.0):
        self.degrees = degrees

    @property
    def degrees(self):
        return self._degrees

    @degrees.setter
    def degrees(self, value):
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._degrees = float(value)

    @degrees.deleter
    def degrees(self):
        print("resetting temperature")
        self._degrees = 0.0

    @property
    def fahrenheit(self):
        return self._degrees * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.degrees = (value - 32) * 5 / 9

    def __repr__(self):
        return f"Celsius({self._degrees:.2f})"


class Audited:
    def __init__(self):
        object.__setattr__(self, "changes", [])

    def __setattr__(self, name, value):
        self.changes.append((name, value))
        object.__setattr__(self, name, value)

    def __getattr__(self, name):
        if name.startswith("default_"):
            return name[len("default_"):].upper()
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def __delattr__(self, name):
        self.changes.append((name, "<deleted>"))
        object.__delattr__(self, name)


t = Celsius(25)
print(t, t.fahrenheit)
t.fahrenheit = 212
print(t, t.degrees)
del t.degrees
print(t)
try:
    t.degrees = -300
except ValueError as e:
    print("ValueError:", e)
try:
    Celsius.fahrenheit.fset(t, -1000)
except ValueError as e:
    print("ValueError:", e)
print(type(Celsius.degrees).__name__, Celsius.degrees.__doc__, hasattr(t, "fahrenheit"))
a = Audited()
a.x = 1
a.y = "two"
a.x = 3
del a.y
print(a.changes, a.x, a.default_color)
try:
    a.missing
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(a, "nothing", None), vars(a))
