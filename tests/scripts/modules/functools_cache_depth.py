# cpython: no
# A cached recursion costs one frame per level in coil (the lru_cache
# wrapper makes none), so it goes as deep as plain recursion: 990 levels
# under the default limit, where CPython 3.11 stops near 500.
from functools import cache

@cache
def depth(n):
    return 0 if n == 0 else depth(n - 1) + 1

print(depth(990))
try:
    depth(5000)
except RecursionError as e:
    print('RecursionError', e)
print(depth(1500))  # the levels cached by the failed call make this one short
# expect: 990
# expect: RecursionError maximum recursion depth exceeded
# expect: 1500
