# Integer functions of any size: gcd, lcm, factorial, comb, perm, isqrt, prod.
import math
print(math.gcd(12, 18), math.gcd(), math.gcd(-4, 6, 10), math.gcd(2**100, 2**80 * 3))
# expect: 6 0 2 1208925819614629174706176
print(math.lcm(4, 6), math.lcm(), math.lcm(0, 5), math.lcm(-3, 4))  # expect: 12 1 0 12
print(math.factorial(0), math.factorial(20), math.factorial(25))
# expect: 1 2432902008176640000 15511210043330985984000000
print(len(str(math.factorial(1000))))    # expect: 2568
print(math.comb(5, 2), math.comb(5, 6), math.comb(100, 50))
# expect: 10 0 100891344545564193334812497256
print(math.perm(5), math.perm(5, 2), math.perm(5, 0))  # expect: 120 20 1
print(math.isqrt(99), math.isqrt(10**40))  # expect: 9 100000000000000000000
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2, 0.5]), math.prod([2], start=3))
# expect: 24 1 1.0 6
for f in (lambda: math.factorial(-1), lambda: math.comb(-1, 2), lambda: math.isqrt(-4)):
    try:
        f()
    except ValueError as e:
        print(e)
# expect: factorial() not defined for negative values
# expect: n must be a non-negative integer
# expect: isqrt() argument must be nonnegative
math.factorial(2.0)
# expect runtime error: TypeError: 'float' object cannot be interpreted as an integer
