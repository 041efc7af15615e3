# typing.NamedTuple's class syntax (methods, defaults, _fields, _asdict, _replace,
# _make, __match_args__) and collections.namedtuple instances as tuple subclasses.
from typing import NamedTuple
import collections

class Point(NamedTuple):
    """A point."""
    x: int
    y: int = 2

    def norm2(self):
        return self.x ** 2 + self.y ** 2

    @property
    def swapped(self):
        return Point(self.y, self.x)

    def __str__(self):
        return f"({self.x}, {self.y})"

p = Point(1)
print(p, repr(p), p.norm2(), p.swapped, p._fields, p._asdict(), p._replace(y=5), Point._make([3, 4]))
print(Point.__match_args__, Point._field_defaults, Point.__annotations__, isinstance(p, tuple), Point.__doc__)
print(p == (1, 2), hash(p) == hash((1, 2)), len(p), p[0], list(p), Point.__name__, Point.__qualname__, type(p).__mro__)
x, y = p
print(x, y, Point(y=7, x=1), sorted([Point(3, 1), Point(1, 5)]))
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
e = Emp('ann', 3)
print(e, e._fields, Emp.__annotations__)
E2 = NamedTuple('E2', name=str, id=int)
print(E2('b', 1))
try:
    class Bad(NamedTuple):
        x: int = 1
        y: int
except TypeError as err:
    print("TE", err)
try:
    class Bad2(NamedTuple):
        x: int
        def _asdict(self): return {}
except AttributeError as err:
    print("AE", err)
try:
    Point()
except TypeError as err:
    print("TE", err)
class Sub(Point):
    def total(self): return self.x + self.y
print(Sub(1, 2).total(), Sub(4), type(Sub(4)).__name__)
NT = collections.namedtuple('NT', 'a b', defaults=[0])
n = NT(1)
print(n, isinstance(n, tuple), type(n).__mro__, n.__match_args__)
class Typed(NamedTuple):
    name: str
    tags: list = []
    def describe(self):
        return f"{self.name}: {', '.join(self.tags) or '-'}"
print(Typed("a").describe(), Typed("b", ["x", "y"]).describe())
class Renamed:
    pass
Renamed.__name__ = "Other"
Renamed.__qualname__ = "Outer.Other"
Renamed.__module__ = "mod"
print(Renamed, Renamed.__name__, Renamed.__qualname__)
try:
    Renamed.__name__ = 3
except TypeError as err:
    print("TE", err)

# expect: (1, 2) Point(x=1, y=2) 5 (2, 1) ('x', 'y') {'x': 1, 'y': 2} (1, 5) (3, 4)
# expect: ('x', 'y') {'y': 2} {'x': <class 'int'>, 'y': <class 'int'>} True A point.
# expect: True True 2 1 [1, 2] Point Point (<class '__main__.Point'>, <class 'tuple'>, <class 'object'>)
# expect: 1 2 (1, 7) [Point(x=1, y=5), Point(x=3, y=1)]
# expect: Emp(name='ann', id=3) ('name', 'id') {'name': <class 'str'>, 'id': <class 'int'>}
# expect: E2(name='b', id=1)
# expect: TE Non-default namedtuple field y cannot follow default field x
# expect: AE Cannot overwrite NamedTuple attribute _asdict
# expect: TE Point.__new__() missing 1 required positional argument: 'x'
# expect: 3 (4, 2) Sub
# expect: NT(a=1, b=0) True (<class '__main__.NT'>, <class 'tuple'>, <class 'object'>) ('a', 'b')
# expect: a: - b: x, y
# expect: <class 'mod.Outer.Other'> Other Outer.Other
# expect: TE can only assign string to Other.__name__, not 'int'
