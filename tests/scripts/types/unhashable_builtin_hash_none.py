# Unhashable built-in types: __hash__ is None; complex.__dict__ usable (it crashed) (expectations from python3 3.11)
# Unhashable built-in types have __hash__ = None (as CPython's), and every
# built-in type's __dict__ is a usable mapping (complex's used to crash).
from collections.abc import Hashable
for t in (list, dict, set, bytearray, slice, type({}.keys()), type({}.items())):
    print(t.__name__, t.__hash__ is None, '__hash__' in t.__dict__)
for t in (int, float, complex, str, bytes, tuple, frozenset, range, memoryview, object, type({}.values())):
    print(t.__name__, t.__hash__ is None, callable(t.__hash__))
print('__add__' in complex.__dict__, len(complex.__dict__) > 5)
print([isinstance(x, Hashable) for x in ([], {}, set(), bytearray(), slice(1), (), 1j, frozenset())])
class L(list):
    pass
class H(list):
    def __hash__(self):
        return 7
print(L.__hash__ is None, hash(H()), H.__hash__ is None)
try:
    hash(L())
except TypeError as e:
    print('TypeError', e)

# expect: list True True
# expect: dict True True
# expect: set True True
# expect: bytearray True True
# expect: slice True True
# expect: dict_keys True True
# expect: dict_items True True
# expect: int False True
# expect: float False True
# expect: complex False True
# expect: str False True
# expect: bytes False True
# expect: tuple False True
# expect: frozenset False True
# expect: range False True
# expect: memoryview False True
# expect: object False True
# expect: dict_values False True
# expect: True True
# expect: [False, False, False, False, False, True, True, True]
# expect: True 7 False
# expect: TypeError unhashable type: 'L'
