# iter() and next() with a default value.
it = iter([1, 2])
print(next(it), next(it), next(it, "end"))  # expect: 1 2 end
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)           # expect: StopIteration ()
try:
    next([1])
except TypeError as e:
    print(e)                                 # expect: 'list' object is not an iterator
iter(5)
# expect runtime error: TypeError: 'int' object is not iterable
