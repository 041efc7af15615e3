# Fraction from ints, Fractions, floats and strings, normalized.
from fractions import Fraction

print(Fraction(10, -8), Fraction(Fraction(1, 7), 5), Fraction(Fraction(1, 7), Fraction(2, 3)))
print(repr(Fraction('314')), repr(Fraction('-35/4')), Fraction('3.1415'), Fraction('-47e-2'))
print(repr(Fraction(1.47)), Fraction(2.25), Fraction(), Fraction(True))
print(Fraction('  1_000.5_0e+1_0  '), Fraction('.5'), Fraction('1.'), Fraction('+7/1_2'), Fraction('1E3'))
print(Fraction.from_float(0.1), Fraction.from_float(3), Fraction(3, 4).as_integer_ratio())
f = Fraction(-6, 4)
print(f.numerator, f.denominator, f.real, f.imag, f.conjugate(), str(f), repr(f))

# expect: -5/4 1/35 3/14
# expect: Fraction(314, 1) Fraction(-35, 4) 6283/2000 -47/100
# expect: Fraction(6620291452234629, 4503599627370496) 9/4 0 1
# expect: 10005000000000 1/2 1 7/12 1000
# expect: 3602879701896397/36028797018963968 3 (3, 4)
# expect: -3 2 -3/2 0 -3/2 -3/2 Fraction(-3, 2)
