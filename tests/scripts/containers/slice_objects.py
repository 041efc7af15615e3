# slice objects: repr, attributes, indices(), equality.
s = slice(1, 10, 2)
print(s, slice(5), slice(None), slice(1, 2), s.start, s.stop, s.step)
print(s.indices(5), slice(None, None, -1).indices(4), slice(-100, 100).indices(3))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3))
print('abcdef'[slice(1, 5, 2)], [0, 1, 2, 3][slice(-2, None)])
for f in [lambda: hash(slice(1)), lambda: slice(1, 2, 0).indices(5), lambda: [1][::0], lambda: [1]['a':]]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)

# Expected output (CPython 3.11):
# expect: slice(1, 10, 2) slice(None, 5, None) slice(None, None, None) slice(1, 2, None) 1 10 2
# expect: (1, 5, 2) (3, -1, -1) (0, 3, 1)
# expect: True False True
# expect: bd [2, 3]
# expect: TypeError: unhashable type: 'slice'
# expect: ValueError: slice step cannot be zero
# expect: ValueError: slice step cannot be zero
# expect: TypeError: slice indices must be integers or None or have an __index__ method
