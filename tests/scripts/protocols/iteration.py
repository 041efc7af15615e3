# The iteration protocol everywhere: for, list(), sum(), in, unpacking,
# comprehensions, zip/enumerate; __iter__ must return an iterator; the old
# __getitem__ protocol; __contains__ falls back to iteration.
class Count:
    def __init__(self, n):
        self.i, self.n = 0, n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i


print(list(Count(3)), sum(Count(4)), 2 in Count(3), 9 in Count(3), max(Count(5)))
print([x * x for x in Count(3)], dict(zip(Count(2), "ab")), set(Count(2)), tuple(Count(2)))
print(list(enumerate(Count(2), 5)), sorted(Count(3), reverse=True), ",".join(map(str, Count(3))))
a, b, c = Count(3)
first, *rest = Count(4)
print(a, b, c, first, rest, [*Count(2), *Count(1)])
print(*Count(3))
for bad in ["a, b = Count(3)", "a, b, c, d = Count(3)"]:
    try:
        if bad.startswith("a, b ="):
            a, b = Count(3)
        else:
            a, b, c, d = Count(3)
    except ValueError as e:
        print(e)


class OldSeq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10


print(list(OldSeq()), 20 in OldSeq(), 25 in OldSeq(), type(iter(OldSeq())).__name__)


class NotIter:
    def __iter__(self):
        return 5


class Nothing:
    pass


class NextOnly:
    def __next__(self):
        return 1


for f in [lambda: iter(NotIter()), lambda: list(NotIter()), lambda: 1 in Nothing(),
          lambda: list(Nothing()), lambda: iter(NextOnly()), lambda: next(Nothing())]:
    try:
        f()
    except TypeError as e:
        print(e)
try:
    for x in Nothing():
        pass
except TypeError as e:
    print(e)
try:
    x, y = Nothing()
except TypeError as e:
    print(e)


class Gen:
    def __iter__(self):
        yield "g1"
        yield "g2"


class Contains:
    def __contains__(self, x):
        return x == 1


print(list(Gen()), "g2" in Gen(), 1 in Contains(), 2 not in Contains(), 1 in [Contains()])

# expect: [1, 2, 3] 10 True False 5
# expect: [1, 4, 9] {1: 'a', 2: 'b'} {1, 2} (1, 2)
# expect: [(5, 1), (6, 2)] [3, 2, 1] 1,2,3
# expect: 1 2 3 1 [2, 3, 4] [1, 2, 1]
# expect: 1 2 3
# expect: too many values to unpack (expected 2)
# expect: not enough values to unpack (expected 4, got 3)
# expect: [0, 10, 20] True False iterator
# expect: iter() returned non-iterator of type 'int'
# expect: iter() returned non-iterator of type 'int'
# expect: argument of type 'Nothing' is not iterable
# expect: 'Nothing' object is not iterable
# expect: 'NextOnly' object is not iterable
# expect: 'Nothing' object is not an iterator
# expect: 'Nothing' object is not iterable
# expect: cannot unpack non-iterable Nothing object
# expect: ['g1', 'g2'] True True True False
