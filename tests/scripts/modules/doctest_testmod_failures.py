"""Geometry helpers, checked with doctest.testmod(): the failure reports
(file, line of the example, expected and got) and the summary.

>>> area(2, 3)
6
"""


def area(width, height):
    """Area of a rectangle.

    >>> area(3, 4)
    12
    >>> area(0, 5)
    1
    """
    return width * height


def perimeter(width, height):
    """
    >>> perimeter(1, 1)
    4
    >>> [perimeter(n, n) for n in range(4)]
    [0, 4, 8, 13]
    """
    return 2 * (width + height)


class Rectangle:
    """A rectangle.

    >>> r = Rectangle(2, 5)
    >>> r.width, r.height
    (2, 5)
    >>> r
    Rectangle(2, 5)
    """

    def __init__(self, width, height):
        self.width = width
        self.height = height

    def __repr__(self):
        return f"Rect({self.width}, {self.height})"

    def scaled(self, k):
        """
        >>> Rectangle(1, 2).scaled(3).height
        6
        """
        return Rectangle(self.width * k, self.height * k)

    @property
    def area(self):
        """
        >>> Rectangle(2, 2).area
        5
        """
        return area(self.width, self.height)

    @staticmethod
    def unit():
        """
        >>> Rectangle.unit().width
        1
        """
        return Rectangle(1, 1)


class HideFolder:
    """sys.stdout without this file's folder in the reports' paths."""

    encoding = "utf-8"

    def __init__(self, out):
        import os
        self.out = out
        self.folder = os.path.dirname(os.path.abspath(__file__)) + os.sep

    def write(self, text):
        return self.out.write(text.replace(self.folder, ""))

    def flush(self):
        pass


if __name__ == "__main__":
    import doctest
    import sys
    sys.stdout = HideFolder(sys.stdout)
    print(doctest.testmod())

# expect: **********************************************************************
# expect: File "doctest_testmod_failures.py", line 36, in __main__.Rectangle
# expect: Failed example:
# expect:     r
# expect: Expected:
# expect:     Rectangle(2, 5)
# expect: Got:
# expect:     Rect(2, 5)
# expect: **********************************************************************
# expect: File "doctest_testmod_failures.py", line ?, in __main__.Rectangle.area
# expect: Failed example:
# expect:     Rectangle(2, 2).area
# expect: Expected:
# expect:     5
# expect: Got:
# expect:     4
# expect: **********************************************************************
# expect: File "doctest_testmod_failures.py", line 14, in __main__.area
# expect: Failed example:
# expect:     area(0, 5)
# expect: Expected:
# expect:     1
# expect: Got:
# expect:     0
# expect: **********************************************************************
# expect: File "doctest_testmod_failures.py", line 24, in __main__.perimeter
# expect: Failed example:
# expect:     [perimeter(n, n) for n in range(4)]
# expect: Expected:
# expect:     [0, 4, 8, 13]
# expect: Got:
# expect:     [0, 4, 8, 12]
# expect: **********************************************************************
# expect: 4 items had failures:
# expect:    1 of   3 in __main__.Rectangle
# expect:    1 of   1 in __main__.Rectangle.area
# expect:    1 of   2 in __main__.area
# expect:    1 of   2 in __main__.perimeter
# expect: ***Test Failed*** 4 failures.
# expect: TestResults(failed=4, attempted=11)
