# typing at runtime: NamedTuple and TypedDict classes, Protocol with
# runtime_checkable, Generic classes, get_type_hints, cast, overload-free Literal/Optional reprs.
from typing import (Any, Callable, Dict, Generic, List, Literal, NamedTuple, Optional, Protocol, TypedDict, TypeVar,
                    Union, cast, get_args, get_origin, get_type_hints, runtime_checkable)

T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s: Stack[int] = Stack()
s.push(1)
s.push(2)
print(s.pop(), Stack[int], Stack.__parameters__, T, T.__name__)


class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    level: int = 1


e = Employee("ann", level=3)
print(e, e._fields, e._field_defaults, Employee.__annotations__, e._replace(dept="ops"))


class Movie(TypedDict, total=False):
    title: str
    year: int


m: Movie = {"title": "Alien"}
print(m, Movie.__required_keys__ == frozenset(), sorted(Movie.__optional_keys__), Movie.__total__)


@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None: ...


class File:
    def close(self) -> None:
        pass


print(isinstance(File(), Closeable), isinstance(1, Closeable))


def process(x: Union[int, str], cb: Optional[Callable[[int], str]] = None) -> Dict[str, Any]:
    return {"x": x}


print(get_type_hints(process))
print(Optional[int], Union[int, str], List[int], Dict[str, List[int]], Callable[[int], str], Literal["a", "b"])
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Optional[int]), get_origin(int | str), int | None)
print(cast(int, "not checked"), Any, repr(Optional[List[str]]))
