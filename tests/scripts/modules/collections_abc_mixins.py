# Subclassing collections.abc classes gives their mixin methods.
from collections.abc import (Mapping, MutableMapping, Sequence, MutableSequence, Set,
                             MutableSet, Iterator, Iterable, Hashable, Sized, Callable,
                             Generator, Container)


class Registry(MutableMapping):
    def __init__(self):
        self._d = {}

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


r = Registry()
r["A"] = 1
r.update({"B": 2}, C=3)
print(len(r), r["a"], "b" in r, r.get("z", 0), sorted(r.keys()), sorted(r.values()), sorted(r.items()))
print(r.pop("a"), r.pop("zz", "none"), r.setdefault("d", 4), len(r), r == {"b": 2, "c": 3, "d": 4})
print(r.popitem(), isinstance(r, Mapping), isinstance(r, dict))
r.clear()
print(len(r), list(r.items()))
try:
    r.pop("nope")
except KeyError as e:
    print("KeyError", e)


class Frozen(Mapping):
    def __init__(self, **kw):
        self._d = kw

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


f = Frozen(x=1, y=2)
print(type(f.keys()).__name__, list(f.items()), list(f.values()), "x" in f.keys(), ("x", 1) in f.items(), 2 in f.values())
print(f.keys() & {"x", "q"}, f.keys() | {"z"} == {"x", "y", "z"}, f == Frozen(y=2, x=1))


class Countdown(Sequence):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError(i)
        return self.n - i

    def __len__(self):
        return self.n


c = Countdown(5)
print(list(c), list(reversed(c)), 3 in c, c.index(2), c.count(4), c[-1])
try:
    c.index(9)
except ValueError:
    print("ValueError from index")


class Stack(MutableSequence):
    def __init__(self):
        self._items = []

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = v

    def __delitem__(self, i):
        del self._items[i]

    def __len__(self):
        return len(self._items)

    def insert(self, i, v):
        self._items.insert(i, v)


s = Stack()
s.append(1)
s.extend([2, 3, 4])
s += [5]
s.reverse()
print(list(s), s.pop(), s.pop(0), list(s))
s.remove(3)
print(list(s))
s.clear()
print(len(s))


class Bits(MutableSet):
    def __init__(self, it=()):
        self._s = set(it)

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(sorted(self._s))

    def __len__(self):
        return len(self._s)

    def add(self, x):
        self._s.add(x)

    def discard(self, x):
        self._s.discard(x)


b = Bits([1, 2, 3])
print(list(b | Bits([4])), list(b & Bits([2, 3, 9])), list(b - Bits([1])), list(b ^ Bits([3, 4])))
print(b <= Bits([1, 2, 3, 4]), b < b, b == Bits([3, 2, 1]), b.isdisjoint([7, 8]))
b |= [7]
b -= [1]
print(list(b), b.pop(), len(b))
b.remove(3)
try:
    b.remove(42)
except KeyError as e:
    print("KeyError", e)


class Counter3(Iterator):
    def __init__(self):
        self.i = 0

    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i


print(list(Counter3()), iter(Counter3()).__class__.__name__)

try:
    Registry.__abstractmethods__ and MutableMapping()
except TypeError as e:
    print("TypeError:", e)


class Half(Sequence):
    def __len__(self):
        return 0


try:
    Half()
except TypeError as e:
    print("TypeError:", e)


class Duck:
    def __len__(self):
        return 1

    def __iter__(self):
        return iter([])

    def __call__(self):
        pass

    def __contains__(self, x):
        return False


d = Duck()
print(isinstance(d, Sized), isinstance(d, Iterable), isinstance(d, Callable), isinstance(d, Container))
print(isinstance(d, Hashable), isinstance(d, Iterator), isinstance(d, Generator), isinstance(d, Sequence))


class NoHash:
    __hash__ = None


print(isinstance(NoHash(), Hashable), issubclass(list, Hashable), issubclass(tuple, Hashable))

# expect: 3 1 True 0 ['a', 'b', 'c'] [1, 2, 3] [('a', 1), ('b', 2), ('c', 3)]
# expect: 1 none 4 3 True
# expect: ('b', 2) True False
# expect: 0 []
# expect: KeyError 'nope'
# expect: KeysView [('x', 1), ('y', 2)] [1, 2] True True True
# expect: {'x'} True True
# expect: [5, 4, 3, 2, 1] [1, 2, 3, 4, 5] True 3 1 1
# expect: ValueError from index
# expect: [5, 4, 3, 2, 1] 1 5 [4, 3, 2]
# expect: [4, 2]
# expect: 0
# expect: [1, 2, 3, 4] [2, 3] [2, 3] [1, 2, 4]
# expect: True False True True
# expect: [2, 3, 7] 2 2
# expect: KeyError 42
# expect: [1, 2, 3] Counter3
# expect: TypeError: Can't instantiate abstract class Half with abstract method __getitem__
# expect: True True True True
# expect: True False False False
# expect: False False True
