# Subset/superset comparisons and the predicate methods.
a, b = {1, 2}, {1, 2, 3}
print(a < b, a <= b, b > a, b >= a, a < a, a <= a, a == b, a != b)
print(a.issubset(b), a.issubset([1, 2]), b.issuperset(range(1, 3)), a.isdisjoint([3, 4]), a.isdisjoint({2}))
print(set() == frozenset(), {1} == frozenset({1}), {1} == [1], {1, 2} > {3})
try:
    {1} < [1, 2]
except TypeError as e:
    print('TypeError:', e)

# Expected output (CPython 3.11):
# expect: True True True True False True False True
# expect: True True True True False
# expect: True True False False
# expect: TypeError: '<' not supported between instances of 'set' and 'list'
