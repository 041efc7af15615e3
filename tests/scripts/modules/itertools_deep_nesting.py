# cpython: no
# A million nested itertools iterators: coil stops with RecursionError near
# the end of the C++ stack (CPython 3.11 crashes), and stays usable.
import itertools
x = iter([1])
for i in range(10**6):
    x = itertools.chain(x)
try:
    print(next(x))
except RecursionError as e:
    print("RecursionError", e)
print(sum(itertools.islice(itertools.count(), 10)))
# expect: RecursionError maximum recursion depth exceeded
# expect: 45
