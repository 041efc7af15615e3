# throw() and close() travel down a yield from chain 150,000 deep and back up
# without C++ recursion (CPython runs out of C stack on chains this deep).
# cpython: no
def chain(n):
    if n == 0:
        try:
            yield "bottom"
        except ValueError as e:
            yield "caught " + str(e)
        finally:
            print("bottom finally")
        return 0
    r = yield from chain(n - 1)
    return r + 1

it = chain(150000)
print(next(it))
print(it.throw(ValueError("deep")))
try:
    next(it)
except StopIteration as e:
    print("returned", e.value)

it = chain(150000)
next(it)
it.close()
print(it.gi_frame)

def ignoring(n):
    if n == 0:
        try:
            yield 1
        except GeneratorExit:
            yield "ignored"
    else:
        yield from ignoring(n - 1)

it = ignoring(150000)
next(it)
try:
    it.close()
except RuntimeError as e:
    print(e)
# expect: bottom
# expect: caught deep
# expect: bottom finally
# expect: returned 150000
# expect: bottom finally
# expect: None
# expect: generator ignored GeneratorExit
