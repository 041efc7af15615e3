# throw() into a finished generator raises the exception.
def g():
    yield 1
it = g()
list(it)
try:
    it.throw(TypeError("late"))
except TypeError as e:
    print("raised", e)

# expect: raised late
