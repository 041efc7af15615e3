"""Deep memoized recursion as puzzle scripts write it: lru_cache on a recursive function reaching depth
~400, sys.setrecursionlimit, and the RecursionError a runaway recursion gets."""
import sys
from functools import lru_cache


@lru_cache(maxsize=None)
def stairs(n):
    if n <= 1:
        return 1
    return stairs(n - 1) + stairs(n - 2) + (stairs(n - 3) if n >= 3 else 0)


@lru_cache(maxsize=None)
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(stairs(400) % 1_000_000_007)
print(partitions(120, 120))
print(depth(900))
sys.setrecursionlimit(5000)
print(depth(3000))


def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
print(stairs.cache_info().hits > 0, sys.getrecursionlimit())
