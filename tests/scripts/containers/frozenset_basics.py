# frozenset: hashing (CPython's exact values), use as keys, constructors.
print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset(range(100))))
print(hash(frozenset({1, 2})) == hash(frozenset([2, 1])), frozenset('abc') == set('cab'))
d = {frozenset({1, 2}): 'pair'}
print(d[frozenset([2, 1])])
f = frozenset([3, 4])
print(frozenset(f) is f, f.copy() is f, frozenset(), frozenset([frozenset()]))
class F(frozenset):
    pass
print(F([1]), F(), type(F([1]) | {2}).__name__)

# Expected output (CPython 3.11):
# expect: 133146708735736 -272375401224217160 4411996150312757951
# expect: True True
# expect: pair
# expect: True True frozenset() frozenset({frozenset()})
# expect: F({1}) F() frozenset
