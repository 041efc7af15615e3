"""doctest reporting a failing example (the report goes to stdout) and a verbose run of one function."""


def add(a, b):
    """
    >>> add(2, 2)
    4
    >>> add("a", "b")
    'ab'
    >>> add(0.1, 0.2)
    0.3
    """
    return a + b


def square(x):
    """
    >>> square(3)
    9
    >>> [square(i) for i in range(4)]
    [0, 1, 4, 9]
    """
    return x * x


if __name__ == "__main__":
    import doctest
    failed, attempted = doctest.testmod()
    print("failed", failed, "of", attempted)
    doctest.run_docstring_examples(square, {"square": square}, verbose=True, name="square")
