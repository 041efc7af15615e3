# An exception thrown in and not handled propagates out of throw(); the generator is done.
def g():
    try:
        yield 1
    finally:
        print("cleanup")
it = g()
next(it)
try:
    it.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(next(it, "exhausted"))

# expect: cleanup
# expect: propagated KeyError('k')
# expect: exhausted
