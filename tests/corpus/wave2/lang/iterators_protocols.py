# Iterator protocol corners: __getitem__-only sequences, iterators that are their
# own iterables, exhausted iterators, iter() on dict while mutating, and reversed() protocols.
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError
        return i * i


print(list(Squares()), 9 in Squares(), 7 in Squares(), list(enumerate(Squares()))[-1])


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


c = Countdown(3)
print(list(c), list(c), next(c, "done"))


class Deck:
    def __init__(self):
        self.cards = ["A", "K", "Q"]

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, i):
        return self.cards[i]


print(list(reversed(Deck())), sorted(Deck()), "K" in Deck())


class Rev:
    def __reversed__(self):
        return iter("reversed!")

    def __iter__(self):
        return iter("forward")


print("".join(reversed(Rev())), "".join(Rev()))
it = iter([1, 2, 3])
print(next(it), list(it), list(it), iter(it) is it)
d = {"a": 1}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2}
try:
    for v in s:
        s.add(v + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
lst = [1, 2, 3, 4]
for v in lst:
    if v == 2:
        lst.remove(v)
print(lst)


class NotIterable:
    pass


for obj in (NotIterable(), 5, None):
    try:
        iter(obj)
    except TypeError as e:
        print("TypeError:", e)
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)


class Broken:
    def __iter__(self):
        return 5


try:
    iter(Broken())
except TypeError as e:
    print("TypeError:", e)
r = reversed([1, 2, 3])
print(r.__length_hint__(), next(r), list(r), type(iter(range(3))).__name__, type(iter("")).__name__, type(iter({})).__name__)
m = map(str, [1, 2])
z = zip("a", "b")
print(iter(m) is m, list(z), list(z), type(m).__name__, type(enumerate([])).__name__)
