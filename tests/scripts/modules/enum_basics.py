# Enum members: lookup by value and name, iteration, repr/str/format, aliases, errors.
from enum import Enum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # an alias of RED

    def describe(self):
        return f"{self.name.lower()} ({self.value})"

    @classmethod
    def default(cls):
        return cls.GREEN


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, type(Color.RED))
print(Color(2), Color["BLUE"], Color.CRIMSON is Color.RED, Color(1).name)
print(list(Color), len(Color), [m.name for m in reversed(Color)])
print(list(Color.__members__), Color.__members__["CRIMSON"])
print(Color.RED in Color, Color.RED == Color.RED, Color.RED != Color.GREEN, Color.RED == 1)
print(Color.GREEN.describe(), Color.default(), f"{Color.BLUE}", f"{Color.BLUE:>12}|", format(Color.RED))
print(hash(Color.RED) == hash(Color.RED), {Color.RED: "r"}[Color.CRIMSON], sorted(Color, key=lambda c: c.value)[-1])
print(repr(Color), isinstance(Color.RED, Color), isinstance(Color.RED, Enum), issubclass(Color, Enum))
print(Color.RED._name_, Color.RED._value_, Color._member_names_, Color._value2member_map_[3])

for bad in (5, "RED", None):
    try:
        Color(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Color.GREEN
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print("TypeError:", e)
try:
    class More(Color):
        PINK = 4
except TypeError as e:
    print("TypeError:", e)
try:
    class Twice(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError:", e)
try:
    @unique
    class Dup(Enum):
        ONE = 1
        UNO = 1
        TWO = 2
        DOS = 2
except ValueError as e:
    print("ValueError:", e)


class Step(Enum):
    FIRST = auto()
    SECOND = auto()
    TENTH = 10
    ELEVENTH = auto()


print([(s.name, s.value) for s in Step])


class Ordinal(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.title()

    NORTH = auto()
    SOUTH = auto()


print(list(Ordinal), Ordinal("South"))


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, round(Planet.EARTH.surface_gravity, 2), Planet((3.303e+23, 2.4397e6)))


class Shape(Enum):
    SQUARE = 2
    CIRCLE = 3

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None


print(Shape("circle"), Shape(2))
try:
    Shape(7)
except ValueError as e:
    print("ValueError:", e)

# expect: Color.RED <Color.RED: 1> RED 1 <enum 'Color'>
# expect: Color.GREEN Color.BLUE True RED
# expect: [<Color.RED: 1>, <Color.GREEN: 2>, <Color.BLUE: 3>] 3 ['BLUE', 'GREEN', 'RED']
# expect: ['RED', 'GREEN', 'BLUE', 'CRIMSON'] Color.RED
# expect: True True True False
# expect: green (2) Color.GREEN Color.BLUE   Color.BLUE| Color.RED
# expect: True r Color.BLUE
# expect: <enum 'Color'> True True True
# expect: RED 1 ['RED', 'GREEN', 'BLUE'] Color.BLUE
# expect: ValueError: 5 is not a valid Color
# expect: ValueError: 'RED' is not a valid Color
# expect: ValueError: None is not a valid Color
# expect: KeyError: 'PURPLE'
# expect: AttributeError: cannot reassign member 'RED'
# expect: AttributeError: 'Color' cannot delete member 'GREEN'.
# expect: TypeError: '<' not supported between instances of 'Color' and 'Color'
# expect: TypeError: <enum 'More'> cannot extend <enum 'Color'>
# expect: TypeError: 'A' already defined as 1
# expect: ValueError: duplicate values found in <enum 'Dup'>: UNO -> ONE, DOS -> TWO
# expect: [('FIRST', 1), ('SECOND', 2), ('TENTH', 10), ('ELEVENTH', 11)]
# expect: [<Ordinal.NORTH: 'North'>, <Ordinal.SOUTH: 'South'>] Ordinal.SOUTH
# expect: (5.976e+24, 6378140.0) 9.8 Planet.MERCURY
# expect: Shape.CIRCLE Shape.SQUARE
# expect: ValueError: 7 is not a valid Shape
