# Comparisons with ints, floats and Fractions; hashes equal those of equal
# ints and floats, so Fractions and numbers mix as dict keys.
from fractions import Fraction as F

a, b = F(3, 4), F(5, 6)
print(a < b, a <= b, a > 0.5, a >= 0.75, a == 0.75, a == F(6, 8), F(2) == 2, a != b)
print(F(1) < float('inf'), F(1) > float('nan'), F(1) == float('nan'))
print(sorted([F(1, 2), 0.25, 1, F(-1, 3)]), max(F(1, 2), F(2, 3)))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(-7, 4)) == hash(-1.75))
print(hash(F(1, 2**61 - 1)), hash(F(2**70, 3)), hash(F(-1, 3)))
print({F(1, 2): 'half'}[0.5], 0.25 in {F(1, 4)}, len({F(2, 4), 0.5, F(1, 2)}))

# expect: True True True True True True True True
# expect: True False False
# expect: [Fraction(-1, 3), 0.25, Fraction(1, 2), 1] 2/3
# expect: True True True
# expect: 314159 768614336404564821 -1537228672809129301
# expect: half True 1
