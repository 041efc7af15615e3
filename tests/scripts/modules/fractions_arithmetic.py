# Exact arithmetic with Fractions and ints; floats give floats.
import math
from fractions import Fraction as F

a, b = F(3, 4), F(5, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
print(a ** 2, a ** -2, F(-2, 3) ** -3, a ** F(1, 2), 2 ** F(1, 2), 2 ** F(3), F(1, 2) ** F(2))
print(a + 1, 1 + a, a - 1.5, 1.5 - a, a * 2, 2 * a, a / 3, 3 / a, 7 // a, 7 % a, divmod(7, a))
print(-a, +a, abs(F(-3, 4)), int(F(-7, 2)), int(F(7, 2)), math.trunc(F(-7, 2)),
      math.floor(F(-7, 2)), math.ceil(F(-7, 2)), float(F(1, 3)))
print(round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(1234567, 1000), 2),
      round(F(1234567, 1000), -2), round(F(1, 3), 0))
print(sum(F(1, n) for n in range(1, 11)), F(1, 3) * 3 == 1, bool(F(0)), bool(F(1, 9)))


class Ratio(F):
    pass


r = Ratio(3, 9)
print(repr(r), type(r + 1).__name__, type(+r).__name__)

# expect: 19/12 -1/12 5/8 9/10 0 3/4 (0, Fraction(3, 4))
# expect: 9/16 16/9 -27/8 0.8660254037844386 1.4142135623730951 8 1/4
# expect: 7/4 7/4 -0.75 0.75 3/2 3/2 1/4 4 9 1/4 (9, Fraction(1, 4))
# expect: -3/4 3/4 3/4 -3 3 -3 -4 -3 0.3333333333333333
# expect: 2 4 -2 123457/100 1200 0
# expect: 7381/2520 True False True
# expect: Ratio(1, 3) Fraction Fraction
