# Class patterns: isinstance, then positional sub-patterns through
# __match_args__ and keyword ones through attributes; builtins match
# themselves positionally; dataclasses and namedtuples set __match_args__.
from dataclasses import dataclass
from collections import namedtuple

@dataclass
class Point:
    x: int
    y: int

@dataclass
class Circle:
    center: Point
    radius: float = 1.0

Pair = namedtuple("Pair", "left right")

class Plain:
    def __init__(self):
        self.a = 1

def what(obj):
    match obj:
        case Point(0, 0):
            return "origin"
        case Point(x, 0) | Point(0, x):
            return f"on an axis at {x}"
        case Point(x=px, y=py) if px == py:
            return f"diagonal {px}"
        case Circle(Point(cx, cy), r):
            return f"circle at {cx},{cy} r={r}"
        case Pair(l, right=r):
            return f"pair {l} {r}"
        case Plain(a=1):
            return "plain with a=1"
        case bool(b):
            return f"bool {b}"
        case int(i) | float(i):
            return f"number {i}"
        case str() as s:
            return f"string {s!r}"
        case list([x, *_]):
            return f"list starting {x}"
        case dict(d) if d:
            return f"dict {d}"
        case _:
            return f"other {obj!r}"

for o in [Point(0, 0), Point(3, 0), Point(0, 4), Point(2, 2), Point(1, 2), Circle(Point(1, 1)),
          Circle(Point(0, 0), 2.5), Pair(1, 2), Plain(), True, 3, 2.5, "s", [9, 8], {"k": 1}, {}, None]:
    print(what(o))

print(Point.__match_args__, Pair.__match_args__)

# a missing attribute is a failed match, not an error
class Sparse:
    __match_args__ = ("a", "b")
s = Sparse()
s.a = 1
match s:
    case Sparse(a, b):
        print("both")
    case Sparse(a):
        print("only a", a)

# properties and __getattr__ are consulted
class Lazy:
    __match_args__ = ("value",)
    @property
    def value(self):
        print("computing value")
        return 10
match Lazy():
    case Lazy(10):
        print("lazy matched")

# subclasses match a base class pattern and inherit __match_args__
@dataclass
class Point3(Point):
    z: int = 0
match Point3(1, 2, 3):
    case Point(x, y):
        print("base pattern", x, y)
match Point3(1, 2, 3):
    case Point3(x, y, z):
        print("own pattern", x, y, z)

# the class may be any expression that is a dotted name
import collections
match collections.OrderedDict(a=1):
    case collections.OrderedDict(a=v):
        print("dotted class, no attribute a:", v)
    case dict():
        print("dotted class failed on the attribute, dict matched")

# expect: origin
# expect: on an axis at 3
# expect: on an axis at 4
# expect: diagonal 2
# expect: other Point(x=1, y=2)
# expect: circle at 1,1 r=1.0
# expect: circle at 0,0 r=2.5
# expect: pair 1 2
# expect: plain with a=1
# expect: bool True
# expect: number 3
# expect: number 2.5
# expect: string 's'
# expect: list starting 9
# expect: dict {'k': 1}
# expect: other {}
# expect: other None
# expect: ('x', 'y') ('left', 'right')
# expect: only a 1
# expect: computing value
# expect: lazy matched
# expect: base pattern 1 2
# expect: own pattern 1 2 3
# expect: dotted class failed on the attribute, dict matched
