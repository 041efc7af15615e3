# next() on an exhausted generator raises StopIteration carrying the return value.
def g():
    yield 1
    return "result"
it = g()
print(next(it))  # expect: 1
try:
    next(it)
except StopIteration as e:
    print("value:", e.value)  # expect: value: result
print(next(it, "default"))    # expect: default
def h():
    yield 1
it = h()
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)    # expect: None ()
