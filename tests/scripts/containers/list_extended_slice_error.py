# Assigning a sequence of the wrong size to an extended slice.
xs = [1, 2, 3]
try:
    xs[::2] = 5
except TypeError as e:
    print('TypeError:', e)
try:
    xs[0:1] = 5
except TypeError as e:
    print('TypeError:', e)
xs[::2] = [1, 2, 3]

# Expected output (CPython 3.11):
# expect: TypeError: must assign iterable to extended slice
# expect: TypeError: can only assign an iterable
# expect runtime error: ValueError: attempt to assign sequence of size 3 to extended slice of size 2
