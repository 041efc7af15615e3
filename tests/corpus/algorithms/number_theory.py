"""gcd/lcm, extended Euclid, modular inverse, CRT, totient, perfect numbers."""
from functools import reduce
import math


def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y


def modinv(a, m):
    g, x, _ = egcd(a, m)
    if g != 1:
        raise ValueError(f"{a} has no inverse modulo {m}")
    return x % m


def crt(remainders, moduli):
    total = 0
    prod = reduce(lambda a, b: a * b, moduli)
    for r, m in zip(remainders, moduli):
        p = prod // m
        total += r * modinv(p, m) * p
    return total % prod


def phi(n):
    result = n
    p = 2
    m = n
    while p * p <= m:
        if m % p == 0:
            while m % p == 0:
                m //= p
            result -= result // p
        p += 1
    if m > 1:
        result -= result // m
    return result


def divisors(n):
    small, large = [], []
    for d in range(1, math.isqrt(n) + 1):
        if n % d == 0:
            small.append(d)
            if d != n // d:
                large.append(n // d)
    return small + large[::-1]


print(egcd(240, 46), math.gcd(240, 46), math.lcm(4, 6, 10))
print(modinv(3, 11), modinv(10, 17), pow(10, -1, 17))
try:
    modinv(6, 9)
except ValueError as e:
    print("error:", e)
print(crt([2, 3, 2], [3, 5, 7]))
print([phi(n) for n in range(1, 21)])
print(divisors(360))
perfect = [n for n in range(2, 10000) if sum(divisors(n)[:-1]) == n]
print("perfect:", perfect)
amicable = sorted({n for n in range(2, 3000)
                   if (m := sum(divisors(n)[:-1])) != n and sum(divisors(m)[:-1]) == n})
print("amicable:", amicable)
print(math.comb(52, 5), math.perm(10, 3), math.factorial(20))
