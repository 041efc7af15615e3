# dataclass(slots=True) makes a new class with __slots__ of the fields; weakref_slot needs slots.
from dataclasses import dataclass, field
@dataclass(slots=True)
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = P(1)
print(p, P.__slots__, hasattr(p, "__dict__"), P.__qualname__, P.__init__.__qualname__)
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError:", e)
@dataclass(slots=True, frozen=True)
class F:
    a: int
print(F(2), hash(F(2)) == hash(F(2)), F.__slots__)
@dataclass(slots=True)
class Q(P):
    z: int = 5
print(Q(1, 2), Q.__slots__)
try:
    dataclass(weakref_slot=True)(type("W", (), {"__annotations__": {"a": int}}))
except TypeError as e:
    print("TypeError:", e)

# expect: P(x=1, y=0, tags=[]) ('x', 'y', 'tags') False P P.__init__
# expect: AttributeError: 'P' object has no attribute 'z'
# expect: F(a=2) True ('a',)
# expect: Q(x=1, y=2, tags=[], z=5) ('z',)
# expect: TypeError: weakref_slot is True but slots is False
