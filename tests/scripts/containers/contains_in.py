# The `in` operator on every container.
print(2 in [1, 2], 2 in (1, 2), 2 in {1: 'a', 2: 'b'}, 2 in {2}, 2 in range(3), 'b' in 'abc')
print(2.0 in [1, 2], 'x' in [], None in [None], [1] in [[1]], (1,) in {(1,): 0})
print(1 not in [2], 'k' not in {'k': 1})
class Eq:
    def __eq__(self, other):
        return True
print(Eq() in [1], 5 in [Eq()], [1, 2].count(Eq()), [3, 4].index(Eq()))

# Expected output (CPython 3.11):
# expect: True True True True True True
# expect: True False True True True
# expect: True False
# expect: True True 2 0
