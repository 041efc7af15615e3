# A dataclass __init__ carries the fields' annotations and '-> None', so inspect.signature(cls) shows them as CPython's.
import inspect
from dataclasses import dataclass, field, InitVar, KW_ONLY
from typing import Optional


@dataclass
class Item:
    name: str
    qty: int = 1
    tags: list = field(default_factory=list)
    hidden: float = field(init=False, default=0.0)
    scale: InitVar[float] = 1.0
    _: KW_ONLY
    note: Optional[str] = None

    def __post_init__(self, scale):
        self.hidden = self.qty * scale


print(inspect.signature(Item))
print(Item.__init__.__annotations__)
print(Item("bolt", 2, scale=0.5))
ns = {}
exec("from __future__ import annotations\nfrom dataclasses import dataclass\n@dataclass\nclass Late:\n    x: int\n    y: 'list[int]' = None\n", ns)
print(inspect.signature(ns["Late"]), ns["Late"].__init__.__annotations__)

# expect: (name: str, qty: int = 1, tags: list = <factory>, scale: dataclasses.InitVar[float] = 1.0, *, note: Optional[str] = None) -> None
# expect: {'name': <class 'str'>, 'qty': <class 'int'>, 'tags': <class 'list'>, 'scale': dataclasses.InitVar[float], 'note': typing.Optional[str], 'return': None}
# expect: Item(name='bolt', qty=2, tags=[], hidden=1.0, note=None)
# expect: (x: 'int', y: "'list[int]'" = None) -> None {'x': 'int', 'y': "'list[int]'", 'return': None}
