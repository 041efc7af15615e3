# itertools and functools in the style of the docs' recipes: accumulate, groupby,
# pairwise, product/permutations/combinations counts, islice, takewhile, tee, zip_longest,
# reduce, partial, singledispatch, total_ordering, lru_cache info, wraps.
import itertools as it
import functools
import operator

print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2], initial=10)))
for k, g in it.groupby("aaabccdaa"):
    print(k, len(list(g)), end="; ")
print()
print([(k, [x for x in g]) for k, g in it.groupby(sorted([5, 12, 7, 19, 3]), key=lambda n: n // 10)])
print(list(it.pairwise("abcd")), list(it.islice(it.count(10, 5), 4)), list(it.islice("abcdefg", 1, None, 2)))
print(len(list(it.product("ab", repeat=3))), len(list(it.permutations(range(6), 3))), len(list(it.combinations(range(10), 4))))
print(list(it.combinations_with_replacement("ab", 2)), list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.repeat("x", 3)))
print(list(it.takewhile(lambda n: n < 3, [1, 2, 5, 1])), list(it.dropwhile(lambda n: n < 3, [1, 2, 5, 1])), list(it.filterfalse(None, [0, 1, "", "a"])))
print(list(it.zip_longest("abc", [1], fillvalue="-")), list(it.compress("abcdef", [1, 0, 1, 0, 1])), list(it.chain.from_iterable(["ab", "cd"])))
a, b = it.tee(iter([1, 2, 3]))
print(list(a), list(b), list(it.islice(it.cycle("xy"), 5)))
print(functools.reduce(operator.mul, range(1, 7)), functools.reduce(lambda acc, s: acc + s[0], ["ab", "cd"], ""))
base2 = functools.partial(int, base=2)
print(base2("1011"), base2.func.__name__, base2.keywords, repr(functools.partial(max, 1))[:25])


@functools.singledispatch
def describe(x):
    return f"object {x!r}"


@describe.register
def _(x: int):
    return f"int {x}"


@describe.register(list)
def _(x):
    return f"list of {len(x)}"


print(describe(3), describe([1, 2]), describe("s"), describe(True))


@functools.total_ordering
class Grade:
    def __init__(self, score):
        self.score = score

    def __eq__(self, other):
        return self.score == other.score

    def __lt__(self, other):
        return self.score < other.score


print(Grade(3) >= Grade(2), Grade(1) > Grade(2), Grade(2) <= Grade(2))


@functools.lru_cache(maxsize=32)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        return fn(*args)
    return wrapper


@logged
def area(w, h):
    """Area of a rectangle."""
    return w * h


print(area.__name__, area.__doc__, area.__wrapped__(2, 3), operator.itemgetter(1, 0)("ab"), operator.methodcaller("upper")("x"))
