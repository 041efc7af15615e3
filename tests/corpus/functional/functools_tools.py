"""functools in practice: partial, reduce, lru_cache with cache_info, cached_property, singledispatch,
cmp_to_key, total_ordering and wraps."""
import functools
import operator
from decimal import Decimal


@functools.lru_cache(maxsize=32)
def ways(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return ways(n - k, k) + ways(n, k - 1)


@functools.cache
def collatz_len(n):
    return 1 if n == 1 else 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)


@functools.singledispatch
def describe(obj):
    return f"object {obj!r}"


@describe.register
def _(obj: int):
    return f"int {obj} ({'even' if obj % 2 == 0 else 'odd'})"


@describe.register(list)
@describe.register(tuple)
def _(obj):
    return f"sequence of {len(obj)}: " + ", ".join(describe(x) for x in obj)


@describe.register
def _(obj: Decimal):
    return f"decimal {obj}"


class Dataset:
    def __init__(self, values):
        self.values = values

    @functools.cached_property
    def stats(self):
        print("  (computing stats)")
        return min(self.values), max(self.values), sum(self.values) / len(self.values)


print(ways(30, 30), ways.cache_info())
ways.cache_clear()
print(ways.cache_info().currsize, max(range(1, 3000), key=collatz_len))
int2 = functools.partial(int, base=2)
print(int2("1011"), int2.func.__name__, int2.keywords)
pow_of_2 = functools.partial(pow, 2)
print([pow_of_2(i) for i in range(8)])
print(functools.reduce(operator.mul, range(1, 11)), functools.reduce(lambda a, b: a + [b * 2], [1, 2, 3], []))
print(describe(4), describe("s"), describe([1, (2, 3)]), describe(Decimal("1.5")), sep=" | ")
d = Dataset([4, 8, 15, 16, 23, 42])
print(d.stats, d.stats)


def by_length_then_reverse_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)


words = ["pear", "fig", "apple", "kiwi", "date", "banana"]
print(sorted(words, key=functools.cmp_to_key(by_length_then_reverse_alpha)))
print(sorted(words, key=operator.itemgetter(1, 0)), list(map(operator.attrgetter("real"), [1, 2.5])))
print(operator.methodcaller("split", ",")("a,b,c"), operator.add(2, 3), operator.neg(4))
p = functools.partial(sorted, key=len, reverse=True)
print(p(words))
