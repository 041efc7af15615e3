"""Dataclasses: defaults, field factories, ordering, frozen, post_init, asdict/astuple, replace."""
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
from typing import List, Optional


@dataclass
class Item:
    name: str
    price: float
    qty: int = 0
    tags: List[str] = field(default_factory=list)

    @property
    def total(self) -> float:
        return self.price * self.qty


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False)

    @classmethod
    def parse(cls, text):
        core, _, label = text.partition("-")
        return cls(*map(int, core.split(".")), label=label)

    def __str__(self):
        s = f"{self.major}.{self.minor}.{self.patch}"
        return s + (f"-{self.label}" if self.label else "")


@dataclass(frozen=True)
class Point:
    x: float
    y: float

    def moved(self, dx, dy):
        return replace(self, x=self.x + dx, y=self.y + dy)


@dataclass
class Order:
    items: List[Item]
    discount: float = 0.0
    total: float = field(init=False)
    note: Optional[str] = field(default=None, repr=False)

    def __post_init__(self):
        if not 0 <= self.discount < 1:
            raise ValueError(f"bad discount {self.discount}")
        self.total = round(sum(i.total for i in self.items) * (1 - self.discount), 2)


a = Item("pen", 1.5, 10, ["office"])
b = Item("ink", 4.25)
print(a)
print(b, b.tags is not Item("x", 1).tags)
print(a == Item("pen", 1.5, 10, ["office"]), a.total)
versions = [Version.parse(s) for s in ["1.2.3", "1.10.0", "1.2.3-rc1", "0.9", "2"]]
print(sorted(versions))
print([str(v) for v in sorted(versions, reverse=True)])
print(Version(1, 2, 3) == Version(1, 2, 3, "beta"))
p = Point(1, 2)
print(p, p.moved(3, 4), hash(p) == hash(Point(1, 2)))
try:
    p.x = 10
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
o = Order([a, Item("pad", 3.0, 2)], discount=0.1, note="rush")
print(o)
print(asdict(o)["items"][1], astuple(p))
print([f.name for f in fields(Order)])
try:
    Order([], discount=2)
except ValueError as e:
    print("ValueError:", e)
try:
    Item()
except TypeError as e:
    print("TypeError:", e)
