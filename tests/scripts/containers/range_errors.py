# range's errors.
for f in [lambda: range(1.5), lambda: range(1, 2, 3, 4), lambda: range(3)[3], lambda: range(3)['a'], lambda: range(5).index(7), lambda: range()]:
    try:
        f()
    except (TypeError, IndexError, ValueError) as e:
        print(type(e).__name__ + ':', e)
range(1, 10, 0)

# Expected output (CPython 3.11):
# expect: TypeError: 'float' object cannot be interpreted as an integer
# expect: TypeError: range expected at most 3 arguments, got 4
# expect: IndexError: range object index out of range
# expect: TypeError: range indices must be integers or slices, not str
# expect: ValueError: 7 is not in range
# expect: TypeError: range expected at least 1 argument, got 0
# expect runtime error: ValueError: range() arg 3 must not be zero
