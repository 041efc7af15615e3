"""A custom mapping and sequence via collections.abc, plus __contains__, __missing__, __iter__."""
from collections.abc import MutableMapping, Sequence
from collections import UserDict, UserList


class CaseInsensitiveDict(MutableMapping):
    def __init__(self, data=None, **kw):
        self._store = {}
        self.update(data or {}, **kw)

    def __getitem__(self, key):
        return self._store[key.lower()][1]

    def __setitem__(self, key, value):
        self._store[key.lower()] = (key, value)

    def __delitem__(self, key):
        del self._store[key.lower()]

    def __iter__(self):
        return (k for k, _ in self._store.values())

    def __len__(self):
        return len(self._store)

    def __repr__(self):
        return f"CaseInsensitiveDict({dict(self.items())})"


class Range2(Sequence):
    def __init__(self, start, stop, step=1):
        self.start, self.stop, self.step = start, stop, step

    def __len__(self):
        return max(0, (self.stop - self.start + self.step - 1) // self.step)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("Range2 index out of range")
        return self.start + i * self.step


class DefaultCounter(dict):
    def __missing__(self, key):
        return 0


class History(UserList):
    def append(self, item):
        super().append(item)
        if len(self.data) > 3:
            del self.data[0]


class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


h = CaseInsensitiveDict({"Content-Type": "text/html"}, Accept="*/*")
h["ACCEPT"] = "json"
print(h, len(h), h["content-type"], "CONTENT-TYPE" in h, list(h))
del h["accept"]
print(h, h.get("Accept", "none"), h.setdefault("X-Id", 7), h.pop("x-id"))
r = Range2(3, 20, 4)
print(list(r), len(r), r[1], r[-1], r[1:3], 11 in r, 12 in r, r.index(15), r.count(7))
print(list(reversed(r)))
try:
    r[10]
except IndexError as e:
    print("IndexError:", e)
c = DefaultCounter()
for w in "a b a c a b".split():
    c[w] += 1
print(c, c["zzz"], "zzz" in c)
hist = History()
for i in range(6):
    hist.append(i)
print(hist, len(hist), hist + [9])
ld = LowerDict(A=1)
ld["B"] = 2
print(ld, dict(ld))
print(isinstance(h, MutableMapping), isinstance(r, Sequence), isinstance([], Sequence), isinstance({}, Sequence))
