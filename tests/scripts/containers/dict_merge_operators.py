# The | and |= operators of dicts.
a = {'x': 1, 'y': 2}
b = {'y': 3, 'z': 4}
print(a | b, b | a, a)
a |= b
print(a)
a |= [('w', 0)]
print(a)
try:
    a | [('q', 1)]
except TypeError as e:
    print('TypeError:', e)
print({} == {}, {'a': 1} == {'a': 1.0}, {'a': 1} != {'a': 2}, {1: 2} == {2: 1})
try:
    {} < {}
except TypeError as e:
    print('TypeError:', e)

# Expected output (CPython 3.11):
# expect: {'x': 1, 'y': 3, 'z': 4} {'y': 2, 'z': 4, 'x': 1} {'x': 1, 'y': 2}
# expect: {'x': 1, 'y': 3, 'z': 4}
# expect: {'x': 1, 'y': 3, 'z': 4, 'w': 0}
# expect: TypeError: unsupported operand type(s) for |: 'dict' and 'list'
# expect: True True True False
# expect: TypeError: '<' not supported between instances of 'dict' and 'dict'
