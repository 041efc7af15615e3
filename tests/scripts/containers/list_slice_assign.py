# Slice assignment and deletion, simple and extended.
xs = [1, 2, 3, 4, 5]
xs[1:3] = ('a', 'b', 'c')
print(xs)
xs[1:4] = []
print(xs)
xs[len(xs):] = [6, 7]
print(xs)
xs[:0] = 'xy'
print(xs)
xs[::2] = range(len(xs[::2]))
print(xs)
xs[::-2] = [-1] * len(xs[::-2])
print(xs)
del xs[::3]
print(xs)
del xs[1:3]
print(xs)
xs[3:1] = [9]
print(xs)
xs[:] = xs
print(xs)
del xs[:]
print(xs)

# Expected output (CPython 3.11):
# expect: [1, 'a', 'b', 'c', 4, 5]
# expect: [1, 4, 5]
# expect: [1, 4, 5, 6, 7]
# expect: ['x', 'y', 1, 4, 5, 6, 7]
# expect: [0, 'y', 1, 4, 2, 6, 3]
# expect: [-1, 'y', -1, 4, -1, 6, -1]
# expect: ['y', -1, -1, 6]
# expect: ['y', 6]
# expect: ['y', 6, 9]
# expect: ['y', 6, 9]
# expect: []
