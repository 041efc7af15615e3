# Reading list slices: positive/negative bounds and steps, clamping.
xs = list(range(10))
print(xs[2:5], xs[:3], xs[7:], xs[-3:], xs[:-7])
print(xs[::2], xs[1::3], xs[::-1], xs[8:2:-2], xs[-1:-4:-1])
print(xs[100:], xs[-100:2], xs[5:2], xs[2:5:-1])
print(xs[slice(1, 4)], xs[slice(None, None, -3)])
print(xs[:] == xs, xs[:] is xs)

# Expected output (CPython 3.11):
# expect: [2, 3, 4] [0, 1, 2] [7, 8, 9] [7, 8, 9] [0, 1, 2]
# expect: [0, 2, 4, 6, 8] [1, 4, 7] [9, 8, 7, 6, 5, 4, 3, 2, 1, 0] [8, 6, 4] [9, 8, 7]
# expect: [] [0, 1] [] []
# expect: [1, 2, 3] [9, 6, 3, 0]
# expect: True False
