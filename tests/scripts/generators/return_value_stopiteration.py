# `return v` in a generator ends it with StopIteration(v); later next() keeps raising.
def g():
    yield 1
    return "done"
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value:", e.value, e.args)
try:
    next(it)
except StopIteration as e:
    print("again:", e.value, e.args)
print(next(it, "default"))

# expect: 1
# expect: value: done ('done',)
# expect: again: None ()
# expect: default
