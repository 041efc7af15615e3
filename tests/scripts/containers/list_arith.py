# + * += *= for lists and tuples, and their errors.
a = [1, 2]
print(a + [3], a * 3, 2 * a, a * 0, a * -1, (1,) * 3, 3 * (0,), (1, 2) + (3,))
b = a
b += (3, 4)
b += range(5, 7)
print(a, a is b)
b *= 2
print(a)
c = [1]
c *= 0
print(c)
for f in [lambda: [1] + (2,), lambda: (1,) + [2], lambda: [1] * 2.0, lambda: 'ab' * [2], lambda: [] - []]:
    try:
        f()
    except TypeError as e:
        print('TypeError:', e)

# Expected output (CPython 3.11):
# expect: [1, 2, 3] [1, 2, 1, 2, 1, 2] [1, 2, 1, 2] [] [] (1, 1, 1) (0, 0, 0) (1, 2, 3)
# expect: [1, 2, 3, 4, 5, 6] True
# expect: [1, 2, 3, 4, 5, 6, 1, 2, 3, 4, 5, 6]
# expect: []
# expect: TypeError: can only concatenate list (not "tuple") to list
# expect: TypeError: can only concatenate tuple (not "list") to tuple
# expect: TypeError: can't multiply sequence by non-int of type 'float'
# expect: TypeError: can't multiply sequence by non-int of type 'list'
# expect: TypeError: unsupported operand type(s) for -: 'list' and 'list'
