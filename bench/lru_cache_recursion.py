# functools.lru_cache'd recursion: a cache miss runs the function, every
# hit returns without a frame (grid paths, memoized as real scripts do).
import sys
from functools import lru_cache

sys.setrecursionlimit(5000)


def run(n):
    @lru_cache(maxsize=None)
    def paths(r, c):
        if r == 0 or c == 0:
            return 1
        return paths(r - 1, c) + paths(r, c - 1)
    return paths(n, n) % 1000003


@lru_cache(maxsize=4096)
def steps(n):
    return 0 if n == 1 else 1 + steps(n // 2 if n % 2 == 0 else 3 * n + 1)


total = 0
for k in range(30):
    total += run(120)
print(total, max(range(1, 60000), key=steps))
