# Sorting as real scripts do it: multi-key tuples, reverse with stability,
# attrgetter/itemgetter, cmp_to_key, locale-free casefold, sorting mixed records.
from functools import cmp_to_key
from operator import attrgetter, itemgetter
from collections import namedtuple

Emp = namedtuple("Emp", "name dept salary age")
staff = [Emp("ann", "ops", 5200, 31), Emp("Bob", "dev", 6100, 45), Emp("cy", "dev", 6100, 29),
         Emp("Dee", "ops", 4100, 52), Emp("eve", "hr", 6100, 38), Emp("Al", "dev", 3900, 23)]
print([e.name for e in sorted(staff, key=attrgetter("dept", "name"))])
print([e.name for e in sorted(staff, key=lambda e: (-e.salary, e.name.casefold()))])
print([e.name for e in sorted(staff, key=itemgetter(2), reverse=True)])  # stable within ties
print([e.name for e in sorted(staff, key=str.lower.__call__ if False else (lambda e: e.name.lower()))])
print(sorted(["b", "A", "c", "B", "a"]), sorted(["b", "A", "c", "B", "a"], key=str.casefold))


def by_length_then_reverse_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)


words = "pear fig apple kiwi banana date plum".split()
print(sorted(words, key=cmp_to_key(by_length_then_reverse_alpha)))
data = [3, 1, 2]
data.sort(reverse=True)
print(data, sorted("hello"), sorted({3: "c", 1: "a"}), sorted((2, 1)), sorted(range(5), key=lambda n: n % 2))
print(min(staff, key=attrgetter("age")).name, max(staff, key=itemgetter(2, 3)).name, max([], default="none"))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([[2, 1], [1, 2], [1]]), sorted([0.5, -1, 3, True]))
versions = ["1.10.0", "1.2.10", "1.2.9", "2.0", "1.2"]
print(sorted(versions, key=lambda v: tuple(map(int, v.split(".")))))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([{}, {}])
except TypeError as e:
    print("TypeError:", e)
records = [{"n": "x", "v": None}, {"n": "y", "v": 3}, {"n": "z", "v": 1}]
print([r["n"] for r in sorted(records, key=lambda r: (r["v"] is None, r["v"] or 0))])
print(list(reversed(sorted(words)))[:3], sorted(words, key=len, reverse=True)[:3])
