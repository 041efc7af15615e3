"""The itertools 'recipes' rewritten and exercised: grouper, roundrobin, unique, partition, windows."""
from itertools import (chain, combinations, count, cycle, groupby, islice, product,
                       repeat, starmap, zip_longest, filterfalse, permutations,
                       combinations_with_replacement, compress, pairwise, accumulate)
import operator


def take(n, it):
    return list(islice(it, n))


def grouper(iterable, n, fill=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fill)


def roundrobin(*iterables):
    iterators = [iter(it) for it in iterables]
    while iterators:
        alive = []
        for it in iterators:
            try:
                yield next(it)
                alive.append(it)
            except StopIteration:
                pass
        iterators = alive


def unique_everseen(iterable, key=None):
    seen = set()
    for x in iterable:
        k = x if key is None else key(x)
        if k not in seen:
            seen.add(k)
            yield x


def partition(pred, iterable):
    items = list(iterable)
    return list(filterfalse(pred, items)), list(filter(pred, items))


def sliding_window(iterable, n):
    it = iter(iterable)
    window = tuple(islice(it, n))
    if len(window) == n:
        yield window
    for x in it:
        window = window[1:] + (x,)
        yield window


def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))


print(take(5, count(10, 5)), take(7, cycle("ab")), list(repeat("x", 3)))
print(list(grouper("ABCDEFG", 3, "x")))
print(list(roundrobin("ABC", "D", "EF")))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
print(partition(lambda x: x % 2, range(10)))
print(list(sliding_window(range(6), 3)))
print(list(powerset([1, 2, 3])))
print([(k, len(list(g))) for k, g in groupby(sorted("mississippi"))])
print(list(product("ab", repeat=2)), len(list(product(range(3), range(4), range(2)))))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(permutations("abc", 2)), list(combinations_with_replacement("ab", 2)))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(pairwise("abcd")))
print(list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([3, 1, 4, 1, 5], max, initial=0)))
by_len = {k: list(g) for k, g in groupby(sorted(["aa", "b", "cc", "ddd", "e"], key=len), key=len)}
print(by_len)
print(sum(1 for _ in permutations(range(8))), sum(1 for _ in combinations(range(20), 5)))
