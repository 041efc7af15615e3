"""Typing in real code: annotations, TypeVar generics, Protocol, TypedDict, NamedTuple, Optional/Union."""
from typing import (Generic, TypeVar, Protocol, TypedDict, NamedTuple, Optional, Union, Callable,
                    Iterable, Iterator, Any, get_type_hints, runtime_checkable, Literal, Final, ClassVar)

T = TypeVar("T")
K = TypeVar("K")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def __len__(self) -> int:
        return len(self._items)


@runtime_checkable
class SupportsArea(Protocol):
    def area(self) -> float: ...


class Square:
    def __init__(self, s: float) -> None:
        self.s = s

    def area(self) -> float:
        return self.s ** 2


class Movie(TypedDict, total=False):
    title: str
    year: int


class Pair(NamedTuple):
    left: int
    right: int = 0

    def total(self) -> int:
        return self.left + self.right


def first(items: Iterable[T], default: Optional[T] = None) -> Optional[T]:
    for item in items:
        return item
    return default


def apply(fn: Callable[[int], int], values: list[int]) -> Iterator[int]:
    return (fn(v) for v in values)


def parse(value: Union[int, str, None]) -> int:
    if value is None:
        return 0
    return int(value)


class Config:
    MAX: ClassVar[int] = 10
    mode: Literal["fast", "slow"] = "fast"
    VERSION: Final = "1.0"


s: Stack[int] = Stack()
for i in range(3):
    s.push(i)
print(s.pop(), len(s), Stack[str].__name__ if hasattr(Stack[str], "__name__") else "alias")
print(isinstance(Square(2), SupportsArea), isinstance("x", SupportsArea))
m: Movie = {"title": "Alien"}
print(m, Movie.__required_keys__, Movie.__optional_keys__ == {"title", "year"})
p = Pair(3)
print(p, p.total(), Pair._fields, Pair._field_defaults, Pair(1, 2) == (1, 2))
print(first([]), first("abc"), first([], default=-1), list(apply(lambda v: v * 3, [1, 2])))
print(parse("42"), parse(None), parse(7))
print(get_type_hints(first)["return"], get_type_hints(Config)["MAX"])
print(list(get_type_hints(Pair)), first.__annotations__["items"])
print(Optional[int], Union[int, str], list[int], dict[str, list[int]], Callable[[int], str])
print(int | None, isinstance(3, int | str), Config.mode, Config.VERSION)
