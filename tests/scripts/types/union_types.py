# PEP 604 unions: int | None makes a types.UnionType usable in isinstance/issubclass and annotations.
import types
print(int | None, int | str | None, list[int] | None, None | int, type(int | str))
print((int | str) == (str | int), int | int, isinstance(3, int | str), isinstance(3.0, int | str), issubclass(bool, int | None))
u = int | str
print(u.__args__, hash(u) == hash(str | int), types.UnionType, isinstance(u, types.UnionType))
class A: pass
print(A | None, (A | int) | str)
def f(x: int | None = None) -> list[str] | None: return None
print(f.__annotations__)
try:
    3 | int
except TypeError as e:
    print(e)
try:
    isinstance(1, list[int] | None)
except TypeError as e:
    print(e)

# Expected output (CPython 3.11):
# expect: int | None int | str | None list[int] | None None | int <class 'types.UnionType'>
# expect: True <class 'int'> True False True
# expect: (<class 'int'>, <class 'str'>) True <class 'types.UnionType'> True
# expect: __main__.A | None __main__.A | int | str
# expect: {'x': int | None, 'return': list[str] | None}
# expect: unsupported operand type(s) for |: 'int' and 'type'
# expect: isinstance() argument 2 cannot be a parameterized generic
