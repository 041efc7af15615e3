"""Geometry helpers whose docstrings are run by doctest.testmod(verbose=True).

>>> round(circle_area(1), 4)
3.1416
"""
import math


def circle_area(r):
    """Area of a circle.

    >>> circle_area(0)
    0.0
    >>> circle_area(-1)
    Traceback (most recent call last):
    ValueError: negative radius
    """
    if r < 0:
        raise ValueError("negative radius")
    return math.pi * r * r


class Point:
    """A point in the plane.

    >>> p = Point(3, 4)
    >>> p.norm()
    5.0
    >>> p
    Point(3, 4)
    """

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def norm(self):
        return math.hypot(self.x, self.y)

    def moved(self, dx=0, dy=0):
        """
        >>> Point(1, 1).moved(dy=2)
        Point(1, 3)
        """
        return Point(self.x + dx, self.y + dy)

    @classmethod
    def origin(cls):
        """
        >>> Point.origin()
        Point(0, 0)
        """
        return cls(0, 0)

    @property
    def quadrant(self):
        """
        >>> [Point(*xy).quadrant for xy in [(1, 1), (-1, 1), (-1, -1), (1, -1)]]
        [1, 2, 3, 4]
        """
        if self.x >= 0:
            return 1 if self.y >= 0 else 4
        return 2 if self.y >= 0 else 3


def polygon_perimeter(points):
    """
    >>> polygon_perimeter([Point(0, 0), Point(3, 0), Point(3, 4)])
    12.0
    >>> print(f"{polygon_perimeter([Point(0, 0), Point(1, 1)]):.3f}")
    2.828
    """
    total = 0.0
    for a, b in zip(points, points[1:] + points[:1]):
        total += Point(b.x - a.x, b.y - a.y).norm()
    return total


if __name__ == "__main__":
    import doctest
    doctest.testmod(verbose=True)
