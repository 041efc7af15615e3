"""A module whose functions carry doctests, run by doctest.testmod() under __main__ (all pass).

>>> mean([1, 2, 3, 4])
2.5
"""


def mean(values):
    """Arithmetic mean.

    >>> mean([2, 4])
    3.0
    >>> mean([])
    Traceback (most recent call last):
        ...
    ValueError: mean of empty sequence
    """
    if not values:
        raise ValueError("mean of empty sequence")
    return sum(values) / len(values)


def chunks(seq, n):
    """Split seq into lists of n.

    >>> chunks([1, 2, 3, 4, 5], 2)
    [[1, 2], [3, 4], [5]]
    >>> list(map(len, chunks("abcdefg", 3)))
    [3, 3, 1]
    >>> chunks([], 3)
    []
    """
    return [list(seq[i:i + n]) for i in range(0, len(seq), n)]


def slug(text):
    """
    >>> slug("Hello, World!")
    'hello-world'
    >>> print(slug("  Many   spaces here "))
    many-spaces-here
    >>> for s in ["A b", "c"]:
    ...     print(slug(s))
    a-b
    c
    """
    import re
    return "-".join(re.findall(r"[a-z0-9]+", text.lower()))


class Stack:
    """
    >>> s = Stack()
    >>> s.push(1); s.push(2)
    >>> s.pop()
    2
    >>> len(s)
    1
    """

    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        return self.items.pop()

    def __len__(self):
        return len(self.items)


if __name__ == "__main__":
    import doctest
    result = doctest.testmod()
    print(result)
    print(f"{result.attempted} examples, {result.failed} failures")
