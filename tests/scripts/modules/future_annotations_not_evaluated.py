# Under `from __future__ import annotations` no annotation is evaluated:
# names that do not exist are fine in functions, classes and the module.
"""A docstring may come before the future import."""
from __future__ import annotations
from __future__ import division, generators as gen


def f(a: Undefined, *args: Missing[int], **kw: NotThere) -> Nowhere:
    b: AlsoUndefined = a
    return b


class Config:
    name: Text = 'x'
    size: Unknown
    limits: dict[str, Limit] = {}


total: Counter[str] = 0
obj = Config()
obj.extra: NeverLooked = 5
print(f(3), Config.name, obj.extra)
print(f.__annotations__)
print(Config.__annotations__)
print(__annotations__)
print(gen)

# expect: 3 x 5
# expect: {'a': 'Undefined', 'args': 'Missing[int]', 'kw': 'NotThere', 'return': 'Nowhere'}
# expect: {'name': 'Text', 'size': 'Unknown', 'limits': 'dict[str, Limit]'}
# expect: {'total': 'Counter[str]'}
# expect: _Feature((2, 2, 0, 'alpha', 1), (2, 3, 0, 'final', 0), 0)
