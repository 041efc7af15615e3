# Recursion as textbooks teach it and where it stops: Ackermann, mutual recursion,
# memoised recursion, RecursionError caught and reported, and raising the limit.
import sys
from functools import lru_cache

print(sys.getrecursionlimit())


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print([ackermann(m, n) for m in range(3) for n in range(4)], ackermann(2, 3))


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print(is_even(100), is_odd(77))


@lru_cache(maxsize=None)
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


print(partitions(100, 100), partitions.cache_info().currsize > 0)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(500))
try:
    depth(100000)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(5000)
print(depth(3000), sys.getrecursionlimit())


def flatten(x):
    return [y for item in x for y in flatten(item)] if isinstance(x, list) else [x]


nested = [1]
for i in range(50):
    nested = [nested, i]
print(len(flatten(nested)), flatten([[1, [2]], [[[3]]]]))
a = []
a.append(a)
try:
    print(a == a, str(a))
except RecursionError as e:
    print("RecursionError", e)
