# A class with abstract methods left cannot be instantiated (3.11's message).
from abc import ABC, ABCMeta, abstractmethod, abstractproperty


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def unit(cls):
        ...

    @staticmethod
    @abstractmethod
    def kind():
        ...

    def describe(self):
        return f"{self.name} {self.area()} {self.unit()} {self.kind()}"


print(sorted(Shape.__abstractmethods__))
for cls in (Shape,):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)


class Partial(Shape):
    def area(self):
        return 4

    @property
    def name(self):
        return "sq"


try:
    Partial()
except TypeError as e:
    print("TypeError:", e)


class OneLeft(Partial):
    @classmethod
    def unit(cls):
        return "m2"


try:
    OneLeft()
except TypeError as e:
    print("TypeError:", e)


class Square(OneLeft):
    @staticmethod
    def kind():
        return "polygon"


print(Square().describe(), Square.__abstractmethods__)
print(isinstance(Square(), Shape), issubclass(Square, Shape), issubclass(int, Shape))


# A class's own __new__ reaching object.__new__ is checked too.
class WithNew(ABC):
    def __new__(cls, *args):
        return super().__new__(cls)

    @abstractmethod
    def run(self):
        pass


try:
    WithNew(1)
except TypeError as e:
    print("TypeError:", e)


# metaclass=ABCMeta directly, and the old abstractproperty.
class Base(metaclass=ABCMeta):
    @abstractproperty
    def size(self):
        return 0


try:
    Base()
except TypeError as e:
    print("TypeError:", e)
print(type(Base).__name__, Base.__abstractmethods__, ABC.__abstractmethods__)


# No abstract methods: an ABC can be instantiated.
class Plain(ABC):
    pass


print(type(Plain()).__name__)
p = property(Shape.__dict__['area'])
print(p.__isabstractmethod__, property(lambda s: 1).__isabstractmethod__)
print(Shape.__dict__['unit'].__isabstractmethod__, Shape.__dict__['describe'].__class__.__name__)

# expect: ['area', 'kind', 'name', 'unit']
# expect: TypeError: Can't instantiate abstract class Shape with abstract methods area, kind, name, unit
# expect: TypeError: Can't instantiate abstract class Partial with abstract methods kind, unit
# expect: TypeError: Can't instantiate abstract class OneLeft with abstract method kind
# expect: sq 4 m2 polygon frozenset()
# expect: True True False
# expect: TypeError: Can't instantiate abstract class WithNew with abstract method run
# expect: TypeError: Can't instantiate abstract class Base with abstract method size
# expect: ABCMeta frozenset({'size'}) frozenset()
# expect: Plain
# expect: True False
# expect: True function
