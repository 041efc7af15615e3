# Errors while sorting: incomparable items, a failing key, mutation during sort.
xs = [3, 'a', 1]
try:
    xs.sort()
except TypeError as e:
    print('TypeError:', e)
print(sorted(xs, key=str))
def bad_key(x):
    if x == 2:
        raise ValueError('no key for 2')
    return x
ys = [3, 2, 1]
try:
    ys.sort(key=bad_key)
except ValueError as e:
    print('ValueError:', e, ys)
zs = [3, 1, 2]
def mutating(x):
    zs.append(x)
    return x
try:
    zs.sort(key=mutating)
except ValueError as e:
    print('ValueError:', e)
try:
    [].sort(1)
except TypeError as e:
    print('TypeError:', e)
try:
    [].sort(cmp=None)
except TypeError as e:
    print('TypeError:', e)

# Expected output (CPython 3.11):
# expect: TypeError: '<' not supported between instances of 'str' and 'int'
# expect: [1, 3, 'a']
# expect: ValueError: no key for 2 [3, 2, 1]
# expect: ValueError: list modified during sort
# expect: TypeError: sort() takes no positional arguments
# expect: TypeError: 'cmp' is an invalid keyword argument for sort()
