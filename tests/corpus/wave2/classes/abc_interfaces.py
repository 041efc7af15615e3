# abc in a shapes-and-storage exercise: abstract methods and properties,
# instantiation errors, register() virtual subclasses, __subclasshook__.
from abc import ABC, ABCMeta, abstractmethod
import math


class Shape(ABC):
    @property
    @abstractmethod
    def name(self): ...

    @abstractmethod
    def area(self): ...

    def describe(self):
        return f"{self.name} with area {self.area():.3f}"


class Circle(Shape):
    name = "circle"

    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2


class Square(Shape):
    def __init__(self, s):
        self.s = s

    @property
    def name(self):
        return "square"

    def area(self):
        return self.s ** 2


class Half(Shape):
    def area(self):
        return 0


for cls in (Circle, Square, Half, Shape):
    try:
        shape = cls(2) if cls in (Circle, Square) else cls()
        print(shape.describe())
    except TypeError as e:
        print("TypeError:", e)
print(sorted(Shape.__abstractmethods__), Half.__abstractmethods__, Circle.__abstractmethods__)


class Storage(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, sub):
        if cls is Storage:
            return all(any(m in B.__dict__ for B in sub.__mro__) for m in ("read", "write"))
        return NotImplemented


class File:
    def read(self):
        pass

    def write(self):
        pass


class ReadOnly:
    def read(self):
        pass


print(issubclass(File, Storage), issubclass(ReadOnly, Storage), isinstance(File(), Storage))
Storage.register(ReadOnly)
print(issubclass(ReadOnly, Storage), isinstance(ReadOnly(), Storage))


@Shape.register
class Blob:
    pass


print(issubclass(Blob, Shape), isinstance(Blob(), Shape), Blob.__mro__[1:] == (object,))
