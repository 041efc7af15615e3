"""Custom containers built on collections.abc: a sorted list, an LRU mapping, a case-insensitive set."""
import bisect
from collections import OrderedDict
from collections.abc import MutableMapping, Sequence, MutableSet, Iterable, Sized, Hashable, Mapping


class SortedList(Sequence):
    def __init__(self, items=()):
        self._items = sorted(items)

    def __getitem__(self, i):
        return self._items[i]

    def __len__(self):
        return len(self._items)

    def add(self, x):
        bisect.insort(self._items, x)

    def __contains__(self, x):
        i = bisect.bisect_left(self._items, x)
        return i < len(self._items) and self._items[i] == x

    def __repr__(self):
        return f"SortedList({self._items})"


class LRU(MutableMapping):
    def __init__(self, capacity):
        self.capacity = capacity
        self._d = OrderedDict()
        self.evicted = []

    def __getitem__(self, k):
        self._d.move_to_end(k)
        return self._d[k]

    def __setitem__(self, k, v):
        self._d[k] = v
        self._d.move_to_end(k)
        while len(self._d) > self.capacity:
            self.evicted.append(self._d.popitem(last=False)[0])

    def __delitem__(self, k):
        del self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


class CaseInsensitiveSet(MutableSet):
    def __init__(self, items=()):
        self._d = {}
        for i in items:
            self.add(i)

    def __contains__(self, x):
        return x.lower() in self._d

    def __iter__(self):
        return iter(self._d.values())

    def __len__(self):
        return len(self._d)

    def add(self, x):
        self._d.setdefault(x.lower(), x)

    def discard(self, x):
        self._d.pop(x.lower(), None)


s = SortedList([5, 1, 4])
s.add(3)
print(s, s[0], s[-1], 3 in s, 9 in s, s.index(4), s.count(1), list(reversed(s)), len(s))
cache = LRU(2)
for key in "abacd":
    cache[key] = ord(key)
    if key == "a":
        cache["a"]
print(list(cache), cache.evicted, cache.get("z", -1), "c" in cache, sorted(cache))
print(cache.pop("c"), cache.setdefault("e", 0), len(cache), isinstance(cache, Mapping))
tags = CaseInsensitiveSet(["Python", "python", "Rust", "GO"])
print(sorted(tags), "PYTHON" in tags, len(tags))
other = CaseInsensitiveSet(["go", "Zig"])
print(sorted(tags & other), sorted(tags | other), sorted(tags - other), tags.isdisjoint(["c"]))


def describe(obj):
    kinds = [c.__name__ for c in (Iterable, Sized, Hashable, Sequence, Mapping, MutableSet) if isinstance(obj, c)]
    return f"{type(obj).__name__}: {', '.join(kinds)}"


for obj in (s, cache, tags, [1], (1,), {1: 2}, "txt", 42, range(3), frozenset()):
    print(describe(obj))
