# collections.abc mixin methods: a Sequence, a MutableMapping and a Set built
# from the minimum methods, with isinstance checks against the ABCs.
from collections.abc import (Sequence, MutableMapping, Set, Iterable, Iterator, Hashable, Sized,
                             Callable, Container, Mapping, MutableSequence, Generator, Reversible)


class Span(Sequence):
    def __init__(self, start, stop):
        self.start, self.stop = start, stop

    def __len__(self):
        return max(0, self.stop - self.start)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("span index out of range")
        return self.start + i


s = Span(3, 9)
print(list(s), s[-1], s[1:4], 5 in s, s.index(7), s.count(4), list(reversed(s)), len(s))


class LowerDict(MutableMapping):
    def __init__(self, *args, **kw):
        self._d = {}
        self.update(*args, **kw)

    def __getitem__(self, k):
        return self._d[k.lower()]

    def __setitem__(self, k, v):
        self._d[k.lower()] = v

    def __delitem__(self, k):
        del self._d[k.lower()]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


ld = LowerDict({"A": 1}, B=2)
ld.setdefault("C", 3)
print(dict(ld), ld["a"], "b" in ld, ld.get("Z", 0), ld.pop("A"), sorted(ld.keys()), list(ld.items()), ld == {"b": 2, "c": 3})
ld.clear()
print(len(ld))


class Bits(Set):
    def __init__(self, it=()):
        self._v = sorted(set(it))

    def __contains__(self, x):
        return x in self._v

    def __iter__(self):
        return iter(self._v)

    def __len__(self):
        return len(self._v)

    def __repr__(self):
        return f"Bits({self._v})"


a, b = Bits([1, 2, 3]), Bits([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, a <= Bits([1, 2, 3, 4]), a == Bits([3, 2, 1]), a.isdisjoint([9]))
checks = [(s, Sequence), (s, Reversible), (ld, Mapping), ([], MutableSequence), ((), MutableSequence), ({}, Hashable),
          (1, Hashable), (iter([]), Iterator), ([], Iterator), ((x for x in []), Generator), (len, Callable),
          ("abc", Container), (a, Sized), (5, Iterable)]
print([isinstance(o, abc) for o, abc in checks])
try:
    Sequence()
except TypeError as e:
    print("TypeError:", e)
