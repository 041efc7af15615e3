# Cached recursion with a raised recursion limit: one frame per level.
import sys
from functools import lru_cache, cache
sys.setrecursionlimit(10000)

@cache
def chain(n):
    return 0 if n == 0 else chain(n - 1) + 1

@lru_cache(maxsize=64)
def collatz(n):
    if n == 1:
        return 0
    return 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)

class Tree:
    @lru_cache(maxsize=None)
    def count(self, n):
        return 1 if n <= 1 else self.count(n - 1) + self.count(n - 2)

print(chain(3000), chain.cache_info())
print(max(range(1, 3000), key=collatz), collatz.cache_info().currsize)
print(Tree().count(2000) % 1000007)

# Expected output (CPython 3.11):
# expect: 3000 CacheInfo(hits=0, misses=3001, maxsize=None, currsize=3001)
# expect: 2919 64
# expect: 265931
