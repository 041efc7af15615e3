# dataclasses: generated __init__/__repr__/__eq__/order/frozen/hash, fields, asdict/astuple/replace.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
from typing import List

@dataclass
class Point:
    x: int
    y: int = 0

@dataclass(order=True)
class Item:
    name: str
    price: float = 1.0
    tags: List[str] = field(default_factory=list)

@dataclass(frozen=True)
class Frozen:
    a: int
    b: str = 'z'

@dataclass
class Derived(Point):
    z: int = 5
    def __post_init__(self):
        self.total = self.x + self.y + self.z

p = Point(1, 2); print(p, p == Point(1, 2), p != Point(2, 1), Point(3))
i = Item('apple'); i.tags.append('fruit'); print(i, Item('b', 2.0) < Item('c', 1.0), sorted([Item('z'), Item('a')]))
f = Frozen(1); print(f, hash(f) == hash(Frozen(1)))
try:
    f.a = 2
except FrozenInstanceError as e:
    print('FrozenInstanceError', e)
d = Derived(1, 2); print(d, d.total)
print(asdict(i), astuple(p), replace(p, y=9), [fl.name for fl in fields(Item)])
try:
    Point()
except TypeError as e:
    print(e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(e)
print(Point.__doc__, Point.__match_args__)
try:
    hash(p)
except TypeError as e:
    print(e)
@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    parent: 'Node' = field(default=None, repr=False)
n = Node(1); n.children.append(Node(2, parent=n)); print(n)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print(e)

# Expected output (CPython 3.11):
# expect: Point(x=1, y=2) True True Point(x=3, y=0)
# expect: Item(name='apple', price=1.0, tags=['fruit']) True [Item(name='a', price=1.0, tags=[]), Item(name='z', price=1.0, tags=[])]
# expect: Frozen(a=1, b='z') True
# expect: FrozenInstanceError cannot assign to field 'a'
# expect: Derived(x=1, y=2, z=5) 8
# expect: {'name': 'apple', 'price': 1.0, 'tags': ['fruit']} (1, 2) Point(x=1, y=9) ['name', 'price', 'tags']
# expect: Point.__init__() missing 1 required positional argument: 'x'
# expect: Point.__init__() takes from 2 to 3 positional arguments but 4 were given
# expect: Point(x: int, y: int = 0) ('x', 'y')
# expect: unhashable type: 'Point'
# expect: Node(value=1, children=[Node(value=2, children=[])])
# expect: mutable default <class 'list'> for field items is not allowed: use default_factory
