# Generators have __next__ and __iter__ methods (it.__next__() as next(it)).
def g():
    yield 1
    return 7
x = g()
print(x.__next__())
try:
    x.__next__()
except StopIteration as e:
    print("stop", e.value)
try:
    x.__next__()
except StopIteration as e:
    print("stop again", e.value)
print(hasattr(g(), "__next__"), hasattr(g(), "__iter__"))
def g():
    yield 1
    yield 2
x = g()
print(x.__next__(), hasattr(x, "__iter__"), x.__iter__() is x)
it = iter([1,2])
print(it.__next__(), hasattr(it, "__next__"))
print(next.__name__)

# Expected output (CPython 3.11):
# expect: 1
# expect: stop 7
# expect: stop again None
# expect: True True
# expect: 1 True True
# expect: 1 True
# expect: next
