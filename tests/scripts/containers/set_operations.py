# Set algebra: operators, methods with several arguments, in-place forms.
a = set([1, 2, 3, 4])
b = set([3, 4, 5])
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([9], (10,)), a.intersection(range(3), [2]), a.difference([1], [2]), a.symmetric_difference([4, 8]))
c = set(a)
c |= b
c -= {1}
c &= {2, 3, 5, 7}
c ^= {7, 11}
print(c)
c.update([20], [21])
c.intersection_update(range(22))
c.difference_update([21])
c.symmetric_difference_update([2, 30])
print(c)
print(frozenset([1, 2]) | {3}, {3} | frozenset([1, 2]), type(frozenset() & set()).__name__)
f = frozenset([1])
g = f
g |= {2}
print(f, g, f is g)
try:
    a | [1]
except TypeError as e:
    print('TypeError:', e)

# Expected output (CPython 3.11):
# expect: {1, 2, 3, 4, 5} {3, 4} {1, 2} {5} {1, 2, 5}
# expect: {1, 2, 3, 4, 9, 10} {2} {3, 4} {1, 2, 3, 8}
# expect: {2, 3, 5, 7, 11}
# expect: {3, 5, 7, 11, 20, 30}
# expect: frozenset({1, 2, 3}) {1, 2, 3} frozenset
# expect: frozenset({1}) frozenset({1, 2}) False
# expect: TypeError: unsupported operand type(s) for |: 'set' and 'list'
