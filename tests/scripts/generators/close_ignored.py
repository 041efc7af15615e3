# A generator that yields in response to close() gives RuntimeError.
def g():
    try:
        yield 1
    except GeneratorExit:
        yield 2
it = g()
next(it)
try:
    it.close()
except RuntimeError as e:
    print(e)

# expect: generator ignored GeneratorExit
