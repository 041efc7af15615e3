"""Inventory helpers with doctests; two examples are wrong, so testmod()
reports them and the summary.

>>> inv = Inventory()
>>> inv.add("apple", 3)
>>> inv.add("pear", 2)
>>> inv.total()
5
"""


class Inventory:
    """Counts of items.

    >>> Inventory().total()
    0
    """

    def __init__(self):
        self.items = {}

    def add(self, name, count=1):
        """Add count items.

        >>> inv = Inventory()
        >>> inv.add("fig", 2)
        >>> inv.add("fig")
        >>> inv.items
        {'fig': 3}
        >>> inv.add("fig", -1)
        Traceback (most recent call last):
            ...
        ValueError: count must be positive, got -1
        """
        if count <= 0:
            raise ValueError(f"count must be positive, got {count}")
        self.items[name] = self.items.get(name, 0) + count

    def remove(self, name, count=1):
        """
        >>> inv = Inventory()
        >>> inv.add("kiwi", 2)
        >>> inv.remove("kiwi")
        >>> inv.items["kiwi"]
        1
        >>> inv.remove("kiwi", 5)
        Traceback (most recent call last):
        KeyError: 'not enough kiwi'
        """
        if self.items.get(name, 0) < count:
            raise KeyError(f"not enough {name}")
        self.items[name] -= count

    def total(self):
        return sum(self.items.values())

    def report(self):
        """
        >>> inv = Inventory()
        >>> inv.add("b", 2); inv.add("a", 1)
        >>> print(inv.report())
        a: 1
        b: 2
        >>> inv.report()
        'a: 1, b: 2'
        """
        return "\n".join(f"{k}: {v}" for k, v in sorted(self.items.items()))


def restock_plan(levels, minimum=5):
    """Items below the minimum and how many to order.

    >>> restock_plan({"apple": 1, "pear": 9, "plum": 4})
    {'apple': 4, 'plum': 1}
    >>> restock_plan({}, minimum=3)
    {}
    >>> restock_plan({"x": 0})   # doctest: +ELLIPSIS
    {'x': ...}
    >>> sorted(restock_plan({"a": 0, "b": 0}, minimum=2).items())
    [('a', 2), ('b', 3)]
    """
    return {k: minimum - v for k, v in levels.items() if v < minimum}


if __name__ == "__main__":
    import doctest
    failures, tried = doctest.testmod()
    print(f"{tried} examples, {failures} failed")
