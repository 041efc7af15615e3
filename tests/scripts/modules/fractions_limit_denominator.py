# limit_denominator finds the closest fraction with a bounded denominator.
import math
from fractions import Fraction

pi = Fraction('3.141592653589793')
print(pi.limit_denominator(10), pi.limit_denominator(100), pi.limit_denominator(1000))
print(Fraction(4321, 8765).limit_denominator(10000), Fraction(math.pi).limit_denominator())
print(Fraction(1.1).limit_denominator(1000), Fraction(1, 3).limit_denominator(2))
print(Fraction(0.333).limit_denominator(10), Fraction(-27, 100).limit_denominator(5))

# expect: 22/7 311/99 355/113
# expect: 4321/8765 3126535/995207
# expect: 11/10 1/2
# expect: 1/3 -1/4
