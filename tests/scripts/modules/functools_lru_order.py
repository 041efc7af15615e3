# lru_cache's eviction order against CPython's on a random call sequence.
import random
from functools import lru_cache
rng = random.Random(5)
log = []
@lru_cache(maxsize=7)
def f(x):
    log.append(x)
    if x % 5 == 0 and x > 0:
        f(x - 1)
    return x
for _ in range(3000):
    f(rng.randrange(20))
print(len(log), sum(log), log[-20:], f.cache_info())
# expect: 2174 20640 [11, 12, 13, 1, 3, 5, 4, 6, 12, 16, 11, 0, 18, 2, 8, 17, 9, 12, 1, 14] CacheInfo(hits=1137, misses=2174, maxsize=7, currsize=7)
