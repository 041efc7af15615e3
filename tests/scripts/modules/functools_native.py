# functools: the native lru_cache wrapper, partial and reduce against CPython.
import functools
from functools import lru_cache, cache, partial, reduce

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)

calls = []
@lru_cache(maxsize=3)
def sq(x):
    calls.append(x)
    return x * x
for x in [1, 2, 3, 1, 4, 2, 5, 1]:
    sq(x)
print(calls, sq.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq(3), sq.cache_info())
print(sq.__name__, sq.__qualname__, sq.__wrapped__.__name__, sq.cache_parameters())
print(type(sq).__name__, type(sq).__module__, isinstance(sq, functools._lru_cache_wrapper))

@lru_cache(typed=True)
def ident(x):
    return type(x).__name__
print(ident(1), ident(1.0), ident(True), ident.cache_info())
@cache
def kw(a, b=0, *, c=0):
    calls.append((a, b, c))
    return a + b + c
calls.clear()
print(kw(1, 2), kw(1, b=2), kw(1, c=2), kw(a=1, c=2), kw(1, 2), calls, kw.cache_info())
show(lambda: kw([1]))
show(lambda: kw(1, 2, 3))
@lru_cache(maxsize=0)
def nocache(x):
    return x
print(nocache(1), nocache(1), nocache.cache_info())
@lru_cache(None)
def fails(x):
    calls.append(x)
    raise ValueError(x)
calls.clear()
for _ in range(2):
    show(lambda: fails(7))
print(calls, fails.cache_info())

# Cached recursion: each level is one frame (CPython 3.11 stops near 500).
@cache
def depth(n):
    return 0 if n == 0 else depth(n - 1) + 1
print(depth(450), depth.cache_info().currsize)
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(300))
@cache
def forever(n):
    return forever(n + 1)
show(lambda: forever(0))
print(forever.cache_info().currsize)

class Grid:
    def __init__(self, n):
        self.n = n
    @lru_cache(maxsize=None)
    def paths(self, r, c):
        if r == self.n or c == self.n:
            return 1
        return self.paths(r + 1, c) + self.paths(r, c + 1)
    def __hash__(self):
        return self.n
g = Grid(16)
print(g.paths(0, 0), Grid.paths.cache_info().misses, type(Grid.paths).__name__)
m = g.paths
print(m(15, 15), m.__self__ is g)
import copy
print(copy.copy(sq) is sq, copy.deepcopy(sq) is sq)

# partial
p = partial(int, base=2)
print(p('101'), p('11', base=3), p.func, p.args, p.keywords, repr(p))
p2 = partial(p, '111')
print(repr(p2), p2())
def f(a, b, c=0, *rest, **kw):
    return (a, b, c, rest, kw)
print(partial(f, 1)(2), partial(f, 1, 2, 3, 4)(5, x=6), partial(f, c=9, z=1)(1, 2, z=2))
show(lambda: partial())
show(lambda: partial(1))
show(lambda: partial(func=f))
show(lambda: setattr(p, 'func', f))
p.attr = 5
print(p.attr, p.__dict__)
class MyPartial(partial):
    pass
print(repr(MyPartial(f, 1)).startswith('MyPartial(<function f'), MyPartial(f, 1)(2))
print(functools.update_wrapper(partial(f, 1), f).__name__)
r = partial(print)
r.x = r
print(repr(partial(f, r)).count('...'))

# reduce
print(reduce(lambda a, b: a * b, range(1, 8)), reduce(lambda a, b: a + b, [], 'init'),
      reduce(max, iter([3, 9, 2])))
show(lambda: reduce(max, []))
show(lambda: reduce(max, 1))
show(lambda: reduce(max))
show(lambda: reduce(max, [1], 2, 3))
show(lambda: reduce(function=max, iterable=[1]))
show(lambda: reduce(lambda a, b: a / b, [1, 0]))

# Expected output (CPython 3.11):
# expect: [1, 2, 3, 4, 2, 5, 1] CacheInfo(hits=1, misses=7, maxsize=3, currsize=3)
# expect: CacheInfo(hits=0, misses=0, maxsize=3, currsize=0) 9 CacheInfo(hits=0, misses=1, maxsize=3, currsize=1)
# expect: sq sq sq {'maxsize': 3, 'typed': False}
# expect: _lru_cache_wrapper functools True
# expect: int float bool CacheInfo(hits=0, misses=3, maxsize=128, currsize=3)
# expect: 3 3 3 3 3 [(1, 2, 0), (1, 2, 0), (1, 0, 2), (1, 0, 2)] CacheInfo(hits=1, misses=4, maxsize=None, currsize=4)
# expect: TypeError: unhashable type: 'list'
# expect: TypeError: kw() takes from 1 to 2 positional arguments but 3 were given
# expect: 1 1 CacheInfo(hits=0, misses=2, maxsize=0, currsize=0)
# expect: ValueError: 7
# expect: ValueError: 7
# expect: [7, 7] CacheInfo(hits=0, misses=2, maxsize=None, currsize=0)
# expect: 450 451
# expect: 222232244629420445529739893461909967206666939096499764990979600
# expect: RecursionError: maximum recursion depth exceeded
# expect: 0
# expect: 601080390 288 _lru_cache_wrapper
# expect: 2 True
# expect: True True
# expect: 5 4 <class 'int'> () {'base': 2} functools.partial(<class 'int'>, base=2)
# expect: functools.partial(<class 'int'>, '111', base=2) 7
# expect: (1, 2, 0, (), {}) (1, 2, 3, (4, 5), {'x': 6}) (1, 2, 9, (), {'z': 2})
# expect: TypeError: type 'partial' takes at least one argument
# expect: TypeError: the first argument must be callable
# expect: TypeError: type 'partial' takes at least one argument
# expect: AttributeError: readonly attribute
# expect: 5 {'attr': 5}
# expect: True (1, 2, 0, (), {})
# expect: f
# expect: 0
# expect: 5040 init 9
# expect: TypeError: reduce() of empty iterable with no initial value
# expect: TypeError: reduce() arg 2 must support iteration
# expect: TypeError: reduce expected at least 2 arguments, got 1
# expect: TypeError: reduce expected at most 3 arguments, got 4
# expect: TypeError: reduce() takes no keyword arguments
# expect: ZeroDivisionError: division by zero
