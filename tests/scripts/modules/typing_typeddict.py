# typing.TypedDict: class syntax with total= and inheritance, the functional form, plain-dict instances, refused isinstance and mixed bases
from typing import TypedDict, Generic, TypeVar
class Movie(TypedDict, total=False):
    name: str
    year: int
class Film(Movie):
    director: str
m = Movie(name="Blade", year=1982)
print(m, type(m).__name__, Movie.__total__, sorted(Movie.__optional_keys__), sorted(Film.__required_keys__), sorted(Film.__optional_keys__))
print(Film.__annotations__)
P = TypedDict("P", {"x": int, "y": int})
print(P(x=1, y=2), P.__required_keys__ == {"x", "y"}, P.__name__)
try:
    isinstance({}, Movie)
except TypeError as e:
    print(e)
try:
    class Bad(Movie, int): pass
except TypeError as e:
    print(e)
T = TypeVar("T")
class Box(TypedDict, Generic[T]):
    item: T
print(Box(item=3))

# expect: {'name': 'Blade', 'year': 1982} dict False ['name', 'year'] ['director'] ['name', 'year']
# expect: {'name': <class 'str'>, 'year': <class 'int'>, 'director': <class 'str'>}
# expect: {'x': 1, 'y': 2} True P
# expect: TypedDict does not support instance and class checks
# expect: cannot inherit from both a TypedDict type and a non-TypedDict base class
# expect: {'item': 3}
