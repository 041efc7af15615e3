# The usual doctest.testmod() under __main__, on a module whose docstrings have
# passing and failing examples, ELLIPSIS and NORMALIZE_WHITESPACE options, and exceptions.
"""Utilities for a tiny statistics library.

>>> mean([1, 2, 3, 4])
2.5
"""


def mean(xs):
    """Arithmetic mean.

    >>> mean([2, 4])
    3.0
    >>> mean([])
    Traceback (most recent call last):
        ...
    ZeroDivisionError: division by zero
    """
    return sum(xs) / len(xs)


def spread(xs):
    """Return (min, max).

    >>> spread([3, 1, 2])
    (1, 3)
    >>> spread(range(100))  # doctest: +ELLIPSIS
    (0, ...)
    >>> list(range(12))  # doctest: +NORMALIZE_WHITESPACE
    [0, 1, 2, 3, 4,
     5, 6, 7, 8, 9, 10, 11]
    """
    return min(xs), max(xs)


def buggy_median(xs):
    """Median (has a bug for even lengths).

    >>> buggy_median([1, 3, 2])
    2
    >>> buggy_median([1, 2, 3, 4])
    2.5
    >>> print("two\\nlines")
    two
    lines
    """
    s = sorted(xs)
    return s[len(s) // 2]


if __name__ == "__main__":
    import doctest
    result = doctest.testmod()
    print(result, result.failed, result.attempted)
