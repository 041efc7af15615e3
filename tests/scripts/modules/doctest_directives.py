# doctest option directives and output matching: ELLIPSIS,
# NORMALIZE_WHITESPACE, <BLANKLINE>, IGNORE_EXCEPTION_DETAIL, SKIP,
# exceptions with details, optionflags given to testmod, and a module
# __test__ dict. (Not here: an example raising an exception other than the
# expected one, whose report shows the traceback, with a frame of doctest.py
# itself under CPython.)


def show():
    """
    >>> list(range(20))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> print("a    b\\n   c")  # doctest: +NORMALIZE_WHITESPACE
    a b c
    >>> print("x\\n\\ny")
    x
    <BLANKLINE>
    y
    >>> int("x")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ValueError: something else entirely
    >>> raise KeyError("k")
    Traceback (most recent call last):
        ...
    KeyError: 'k'
    >>> this_would_fail()  # doctest: +SKIP
    >>> {"b": 1, "a": 2}
    {'b': 1, 'a': 2}
    >>> x = 5
    >>> x
    5
    >>> None
    >>> 'text'
    'text'
    """


def wrong_exception():
    """
    >>> 1 + 1
    Traceback (most recent call last):
    ZeroDivisionError: division by zero
    >>> print("long text here")  # doctest: +ELLIPSIS
    short...
    """


def without_ellipsis():
    """
    >>> list(range(5))
    [0, ..., 4]
    """


__test__ = {"extra": """
>>> 2 ** 10
1024
>>> 2 ** 11
2049
"""}

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
    print(doctest.testmod(optionflags=doctest.ELLIPSIS))

# expect: **********************************************************************
# expect: File "doctest_directives.py", line ?, in __main__.__test__.extra
# expect: Failed example:
# expect:     2 ** 11
# expect: Expected:
# expect:     2049
# expect: Got:
# expect:     2048
# expect: **********************************************************************
# expect: File "doctest_directives.py", line 50, in __main__.without_ellipsis
# expect: Failed example:
# expect:     list(range(5))
# expect: Expected:
# expect:     [0, ..., 4]
# expect: Got:
# expect:     [0, 1, 2, 3, 4]
# expect: **********************************************************************
# expect: File "doctest_directives.py", line 40, in __main__.wrong_exception
# expect: Failed example:
# expect:     1 + 1
# expect: Expected:
# expect:     Traceback (most recent call last):
# expect:     ZeroDivisionError: division by zero
# expect: Got:
# expect:     2
# expect: **********************************************************************
# expect: File "doctest_directives.py", line 43, in __main__.wrong_exception
# expect: Failed example:
# expect:     print("long text here")  # doctest: +ELLIPSIS
# expect: Expected:
# expect:     short...
# expect: Got:
# expect:     long text here
# expect: **********************************************************************
# expect: 3 items had failures:
# expect:    1 of   2 in __main__.__test__.extra
# expect:    1 of   1 in __main__.without_ellipsis
# expect:    2 of   2 in __main__.wrong_exception
# expect: ***Test Failed*** 4 failures.
# expect: TestResults(failed=4, attempted=15)
# expect: **********************************************************************
# expect: File "doctest_directives.py", line ?, in __main__.__test__.extra
# expect: Failed example:
# expect:     2 ** 11
# expect: Expected:
# expect:     2049
# expect: Got:
# expect:     2048
# expect: **********************************************************************
# expect: File "doctest_directives.py", line 40, in __main__.wrong_exception
# expect: Failed example:
# expect:     1 + 1
# expect: Expected:
# expect:     Traceback (most recent call last):
# expect:     ZeroDivisionError: division by zero
# expect: Got:
# expect:     2
# expect: **********************************************************************
# expect: File "doctest_directives.py", line 43, in __main__.wrong_exception
# expect: Failed example:
# expect:     print("long text here")  # doctest: +ELLIPSIS
# expect: Expected:
# expect:     short...
# expect: Got:
# expect:     long text here
# expect: **********************************************************************
# expect: 2 items had failures:
# expect:    1 of   2 in __main__.__test__.extra
# expect:    2 of   2 in __main__.wrong_exception
# expect: ***Test Failed*** 3 failures.
# expect: TestResults(failed=3, attempted=15)
