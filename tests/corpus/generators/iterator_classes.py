"""Iterator protocol by hand: __iter__/__next__ classes, iter(callable, sentinel), reversed support."""


class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

    def __reversed__(self):
        return iter(range(1, self.start + 1))


class Fib:
    def __init__(self, limit):
        self.limit = limit
        self.a, self.b = 0, 1

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value


class Cycle:
    def __init__(self, items, times):
        self.items, self.times = items, times

    def __iter__(self):
        return CycleIterator(self)


class CycleIterator:
    def __init__(self, owner):
        self.owner, self.i = owner, 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= len(self.owner.items) * self.owner.times:
            raise StopIteration
        item = self.owner.items[self.i % len(self.owner.items)]
        self.i += 1
        return item


class OldStyle:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i


print(list(Countdown(5)), list(reversed(Countdown(5))))
f = Fib(100)
print(list(f), list(f))
c = Cycle("ab", 3)
print(list(c), list(c), "".join(c))
print(list(OldStyle()), 9 in OldStyle())
chunks = iter(["x", "y", "STOP", "z"])
print(list(iter(lambda: next(chunks), "STOP")))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, None))
try:
    next(iter([]))
except StopIteration:
    print("StopIteration")
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
a, *rest = Countdown(4)
print(a, rest)
print(dict(zip(Countdown(3), "abc")), sorted(Fib(50), reverse=True)[:3], max(Countdown(7)))
print(sum(Fib(1000)), any(x > 500 for x in Fib(1000)), all(x < 5 for x in Countdown(4)))
print(list(enumerate(Countdown(3), start=10)))
