# Comparing lists and tuples: lexicographic, lengths, equality.
print([1, 2] < [1, 2, 3], [1, 2] == [1, 2], [2] > [1, 5], [] < [0], [1, 2] <= [1, 2])
print((1, 2) < (1, 3), (1, 2) == (1, 2.0), (1, 'a') < (1, 'b'), () == (), (3,) >= (2, 9))
print([1, 2] == (1, 2), [1, [2, 3]] == [1, [2, 3]])
n = float('nan')  # the same object: identity implies equality in containers
print([n] == [n], (n,) == (n,), [1, 2] != [1, 3])
try:
    [1, 2] < [1, 'x']
except TypeError as e:
    print('TypeError:', e)

# Expected output (CPython 3.11):
# expect: True True True True True
# expect: True True True True True
# expect: False True
# expect: True True True
# expect: TypeError: '<' not supported between instances of 'int' and 'str'
