# doctest.testmod(verbose=True): every example tried, and the summary.


def mean(values):
    """Arithmetic mean.

    >>> mean([1, 2, 3])
    2.0
    >>> mean([])
    Traceback (most recent call last):
      ...
    ZeroDivisionError: division by zero
    """
    return sum(values) / len(values)


def greet(name):
    """
    >>> greet("ada")
    hello ada
    >>> for c in "ab":
    ...     print(c)
    a
    b
    """
    print("hello", name)


def no_examples():
    """Nothing to try here."""


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
    result = doctest.testmod(verbose=True)
    print(result.failed, result.attempted)

# expect: Trying:
# expect:     greet("ada")
# expect: Expecting:
# expect:     hello ada
# expect: ok
# expect: Trying:
# expect:     for c in "ab":
# expect:         print(c)
# expect: Expecting:
# expect:     a
# expect:     b
# expect: ok
# expect: Trying:
# expect:     mean([1, 2, 3])
# expect: Expecting:
# expect:     2.0
# expect: ok
# expect: Trying:
# expect:     mean([])
# expect: Expecting:
# expect:     Traceback (most recent call last):
# expect:       ...
# expect:     ZeroDivisionError: division by zero
# expect: ok
# expect: 6 items had no tests:
# expect:     __main__
# expect:     __main__.HideFolder
# expect:     __main__.HideFolder.__init__
# expect:     __main__.HideFolder.flush
# expect:     __main__.HideFolder.write
# expect:     __main__.no_examples
# expect: 2 items passed all tests:
# expect:    2 tests in __main__.greet
# expect:    2 tests in __main__.mean
# expect: 4 tests in 8 items.
# expect: 4 passed and 0 failed.
# expect: Test passed.
# expect: 0 4
