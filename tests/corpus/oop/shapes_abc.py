"""An abstract Shape hierarchy with abc, properties, class methods and sorting by area."""
from abc import ABC, abstractmethod
import math


class Shape(ABC):
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    @property
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{self.name}: area={self.area:.2f} perimeter={self.perimeter():.2f}"

    def __lt__(self, other):
        return self.area < other.area

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    @property
    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Rectangle(Shape):
    def __init__(self, w, h, name="rectangle"):
        super().__init__(name)
        self.w, self.h = w, h

    @property
    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    @classmethod
    def square(cls, side):
        return Square(side)


class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side, "square")

    @property
    def side(self):
        return self.w

    @side.setter
    def side(self, value):
        if value <= 0:
            raise ValueError("side must be positive")
        self.w = self.h = value


class Triangle(Shape):
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"no triangle with sides {a}, {b}, {c}")
        super().__init__("triangle")
        self.sides = (a, b, c)

    @property
    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return math.sqrt(s * (s - a) * (s - b) * (s - c))

    def perimeter(self):
        return sum(self.sides)


shapes = [Circle(1.5), Rectangle(2, 5), Rectangle.square(3), Triangle(3, 4, 5)]
for s in sorted(shapes):
    print(s.describe())
print(max(shapes), min(shapes), Shape.count)
sq = shapes[2]
sq.side = 4
print(sq.area, sq.side, isinstance(sq, Rectangle), issubclass(Square, Shape))
try:
    sq.side = -1
except ValueError as e:
    print("ValueError:", e)
try:
    Shape("x")
except TypeError as e:
    print("TypeError:", e)
try:
    Triangle(1, 2, 10)
except ValueError as e:
    print("ValueError:", e)


class Incomplete(Shape):
    def perimeter(self):
        return 0


try:
    Incomplete("y")
except TypeError as e:
    print("TypeError:", e)
print([c.__name__ for c in Square.__mro__])
