# The functools module (written in coil, compiled into the binary): output checked against CPython.
import functools
import operator
print(functools.reduce(operator.mul, range(1, 6)), functools.reduce(lambda a, b: a + b, [], 7))
try: functools.reduce(max, [])
except TypeError as e: print(e)
p = functools.partial(int, base=2); print(p('101'), p.func, p.args, p.keywords)
def deco(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        """wrapper doc"""
        return f(*a, **k)
    return wrapper
@deco
def hello(name):
    """Say hello."""
    return 'hi ' + name
print(hello('bob'), hello.__name__, hello.__doc__, hello.__wrapped__.__name__)
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@functools.lru_cache(maxsize=2)
def sq(n): return n * n
for i in [1, 2, 1, 3, 2, 1]: sq(i)
print(sq.cache_info()); sq.cache_clear(); print(sq.cache_info())
@functools.cache
def f2(x): return x + 1
print(f2(1), f2(1), f2.cache_info())
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
class C:
    @functools.cached_property
    def val(self):
        print('computing'); return 42
c = C(); print(c.val, c.val)

# Expected output (CPython 3.11):
# expect: 120 7
# expect: reduce() of empty iterable with no initial value
# expect: 5 <class 'int'> () {'base': 2}
# expect: hi bob hello Say hello. hello
# expect: 23416728348467685 CacheInfo(hits=78, misses=81, maxsize=None, currsize=81)
# expect: CacheInfo(hits=1, misses=5, maxsize=2, currsize=2)
# expect: CacheInfo(hits=0, misses=0, maxsize=2, currsize=0)
# expect: 2 2 CacheInfo(hits=1, misses=1, maxsize=None, currsize=1)
# expect: True True False
# expect: [3, 2, 1]
# expect: computing
# expect: 42 42
