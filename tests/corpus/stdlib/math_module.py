"""math and cmath: rounding, trig tables, isclose, special functions, floats' repr and formatting."""
import math
import cmath

for deg in range(0, 361, 45):
    r = math.radians(deg)
    print(f"{deg:>3}° sin={math.sin(r):+.4f} cos={math.cos(r):+.4f} tan={math.tan(r) if deg % 180 != 90 else float('inf'):+.3g}")
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan != math.nan)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), round(2.5), round(3.5), round(-0.5), round(1.2345, 2))
print(math.sqrt(2), math.hypot(3, 4), math.dist((0, 0), (1, 1)), math.exp(1), math.log(100, 10), math.log2(1024), math.log10(0.001))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1e-10, 0, abs_tol=1e-9), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.factorial(10), math.comb(10, 3), math.perm(5), math.gcd(12, 18, 30), math.prod([1, 2, 3, 4]))
print(math.copysign(3, -0.0), math.fabs(-4), math.fmod(-7, 3), -7 % 3, math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.isfinite(1e308 * 10), math.isinf(-math.inf), math.isnan(float("nan")), math.degrees(math.pi / 3))
print(math.atan2(1, -1), math.asin(1), math.acos(0), math.sinh(1), math.gamma(5), math.lgamma(10), math.erf(1))
print(1e16, 1e-5, 123456789.123456789, 0.1 + 0.2, 1 / 3, 2 / 3, 100.0, 1e300 * 1e10, -0.0, 5e-324)
print(repr(1.1), str(2.0 ** 60), float("1e500"), float("-inf"), int(1e20), 7 // 2, -7 // 2, 7 % -2)
print(f"{math.pi:.10f} {math.pi:e} {1e-7:g} {123456789.0:g} {0.5:.0f} {1.5:.0f} {2.675:.2f}")
print((1.5).as_integer_ratio(), (0.1).hex(), float.fromhex("0x1.8p1"), (3.0).is_integer())
z = complex(3, 4)
print(z, abs(z), z.conjugate(), z * 1j, cmath.sqrt(-1), cmath.phase(-1), cmath.polar(z))
print(cmath.exp(1j * math.pi).real, round(cmath.exp(1j * math.pi).imag, 10), (1 + 2j) ** 2, complex("1-2j"))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
print(sum(1 / math.factorial(k) for k in range(20)), 4 * sum((-1) ** k / (2 * k + 1) for k in range(1000)))
