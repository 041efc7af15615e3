# dataclasses with their options: order, frozen, slots, kw_only, InitVar,
# __post_init__, field(repr/compare/hash/default_factory/metadata), replace, asdict, astuple.
import dataclasses
from dataclasses import dataclass, field, InitVar, KW_ONLY, asdict, astuple, replace, fields


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False)

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}{'-' + self.label if self.label else ''}"


vs = [Version(1, 2), Version(1, 10), Version(0, 9, 9, "rc1"), Version(1, 2, 0, "final")]
print(sorted(vs), [str(v) for v in sorted(vs)])
print(Version(1, 2) == Version(1, 2, 0, "x"), Version(1) < Version(1, 0, 1), max(vs))


@dataclass(frozen=True)
class Point:
    x: float
    y: float = 0.0

    def moved(self, dx):
        return replace(self, x=self.x + dx)


p = Point(1.5)
print(p, p.moved(2), hash(p) == hash(Point(1.5, 0.0)), {p: "ok"}[Point(1.5)])
try:
    p.x = 3
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError:", e)


@dataclass
class Order:
    item: str
    qty: int = 1
    tags: list = field(default_factory=list)
    secret: str = field(default="hidden", repr=False)
    price: InitVar[float] = 1.0
    total: float = field(init=False, default=0.0)
    _: KW_ONLY
    rush: bool = False

    def __post_init__(self, price):
        self.total = round(self.qty * price, 2)


o = Order("bolt", 3, price=0.25, rush=True)
o.tags.append("metal")
print(o, Order("nut").tags is not Order("nut").tags)
print(asdict(o), astuple(Order("x", price=2)))
print([(f.name, f.init, f.repr, f.compare) for f in fields(o)])
try:
    Order("a", 1, [], "s", 1.0, True)
except TypeError as e:
    print("TypeError:", e)


@dataclass(slots=True)
class Pixel:
    r: int
    g: int
    b: int


px = Pixel(1, 2, 3)
print(px, Pixel.__slots__, hasattr(px, "__dict__"))
try:
    px.alpha = 1
except AttributeError as e:
    print("AttributeError:", e)


@dataclass(kw_only=True)
class Config:
    host: str = "localhost"
    port: int = 8080
    meta: dict = field(default_factory=dict, metadata={"doc": "extra"})


print(Config(port=1), fields(Config)[2].metadata["doc"])
try:
    Config("h")
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
print(dataclasses.is_dataclass(Config), dataclasses.is_dataclass(Config()), dataclasses.is_dataclass(int))
Dyn = dataclasses.make_dataclass("Dyn", [("a", int), ("b", str, field(default="B"))])
print(Dyn(1), Dyn.__name__)
