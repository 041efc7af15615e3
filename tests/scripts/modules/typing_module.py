# typing: the names annotations use evaluate (subscripted aliases, TypeVar, Generic bases), as in CPython at run time.
from typing import List, Dict, Optional, Union, Any, Callable, Iterator, Generator, TypeVar, Generic, Tuple, AsyncIterator, cast
import typing
T = TypeVar('T')

def first(xs: List[int]) -> Optional[int]:
    return xs[0] if xs else None

def counter(n: int) -> Generator[int, None, None]:
    i = 0
    while i < n:
        yield i
        i += 1

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()

s: Stack[int] = Stack()
s.push(1); s.push(2)
print(first([3, 4]), first([]), list(counter(3)), s.pop(), cast(int, '5'))
print(List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int], T, typing.Any)
print(first.__annotations__)
def apply(f: Callable[[int], int], v: int) -> int: return f(v)
print(apply(lambda x: x * 2, 4), typing.get_type_hints(first))
print(Union[int, None] == Optional[int], List[int] == List[int])

# Expected output (CPython 3.11):
# expect: 3 None [0, 1, 2] 2 5
# expect: typing.List[int] typing.Dict[str, typing.List[int]] typing.Optional[int] typing.Union[int, str] <class 'int'> ~T typing.Any
# expect: {'xs': typing.List[int], 'return': typing.Optional[int]}
# expect: 8 {'xs': typing.List[int], 'return': typing.Optional[int]}
# expect: True True
