# dataclasses: an init=False field without a default may follow defaulted fields (it is not a parameter)
from dataclasses import dataclass, field, fields
@dataclass
class Order:
    items: list
    discount: float = 0.0
    total: float = field(init=False)
    note: str = field(default=None, repr=False)
    def __post_init__(self):
        self.total = sum(self.items) * (1 - self.discount)
o = Order([1, 2, 3], 0.5)
print(o, o.note, [f.name for f in fields(Order)])
@dataclass(kw_only=True)
class K:
    a: int = 1
    b: int = field(init=False, default=7)
    c: int
print(K(c=3))
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print(e)

# expect: Order(items=[1, 2, 3], discount=0.5, total=3.0) None ['items', 'discount', 'total', 'note']
# expect: K(a=1, b=7, c=3)
# expect: non-default argument 'b' follows default argument
