# A math-module tour the way a numerics textbook walks it: integer functions,
# special values, hypot/dist, combinatorics, logs, and domain errors.
import math

print(math.gcd(12, 18, 27), math.lcm(4, 6, 10), math.isqrt(10 ** 20 + 1), math.factorial(20))
print(math.comb(52, 5), math.perm(10, 3), math.perm(5), math.prod([1, 2, 3, 4]), math.prod([], start=7))
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)), math.dist([1, 1, 1], [2, 2, 2]))
print(math.log(8, 2), math.log2(1024), math.log10(0.001), math.log1p(1e-10), math.exp(1), math.expm1(1e-10))
print(math.sin(math.pi / 6), math.cos(0), math.tan(math.pi / 4), math.atan2(1, -1), math.degrees(math.pi), math.radians(180))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.modf(-2.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.0001, rel_tol=1e-3), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan), math.copysign(3, -0.0), math.fabs(-3))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.remainder(10, 3), math.remainder(11, 3), math.fmod(10, 3), math.nextafter(1, 2), math.ulp(1.0))
print(math.sqrt(2), math.cbrt(27) if hasattr(math, "cbrt") else 3.0, math.pow(2, 0.5), math.erf(1), math.gamma(5), math.lgamma(10))
for f, args in [(math.sqrt, (-1,)), (math.log, (0,)), (math.log, (-1,)), (math.acos, (2,)), (math.factorial, (-1,)),
                (math.factorial, (2.5,)), (math.comb, (3, -1)), (math.exp, (1000,)), (math.isqrt, (-4,)), (math.gcd, (1.5, 2))]:
    try:
        print(f.__name__, f(*args))
    except Exception as e:
        print(f.__name__, type(e).__name__ + ":", e)
