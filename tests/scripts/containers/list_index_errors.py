# IndexError/ValueError messages of list operations.
xs = [1, 2, 3]
tests = [
    lambda: xs[3],
    lambda: xs[-4],
    lambda: xs['a'],
    lambda: [].pop(),
    lambda: xs.pop(10),
    lambda: xs.remove(9),
    lambda: xs.index(9),
    lambda: xs.index('nine'),
    lambda: xs.index(1, 'a'),
    lambda: (1, 2).index(3),
    lambda: (1, 2)[2],
]
for t in tests:
    try:
        t()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
def setter():
    xs[5] = 0
def deleter():
    del xs[-5]
for f in (setter, deleter):
    try:
        f()
    except IndexError as e:
        print('IndexError:', e)

# Expected output (CPython 3.11):
# expect: IndexError: list index out of range
# expect: IndexError: list index out of range
# expect: TypeError: list indices must be integers or slices, not str
# expect: IndexError: pop from empty list
# expect: IndexError: pop index out of range
# expect: ValueError: list.remove(x): x not in list
# expect: ValueError: 9 is not in list
# expect: ValueError: 'nine' is not in list
# expect: TypeError: slice indices must be integers or have an __index__ method
# expect: ValueError: tuple.index(x): x not in tuple
# expect: IndexError: tuple index out of range
# expect: IndexError: list assignment index out of range
# expect: IndexError: list assignment index out of range
