# A yield from chain 10,000 deep works (coil resumes delegates without C++ recursion).
# cpython: no
import sys
def chain(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from chain(n - 1)
    return r + 1
it = chain(10000)
print(next(it))
try:
    next(it)
except StopIteration as e:
    print(e.value)
print(sys.getrecursionlimit())
# expect: bottom
# expect: 10000
# expect: 1000
