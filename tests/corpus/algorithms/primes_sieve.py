"""Prime sieves, trial division, factorisation and Miller-Rabin."""
import math


def sieve(limit):
    is_prime = bytearray([1]) * (limit + 1)
    is_prime[0:2] = b"\x00\x00"
    for p in range(2, math.isqrt(limit) + 1):
        if is_prime[p]:
            is_prime[p * p::p] = bytes(len(range(p * p, limit + 1, p)))
    return [i for i, flag in enumerate(is_prime) if flag]


def sieve_list(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    for p in range(2, int(limit ** 0.5) + 1):
        if flags[p]:
            for m in range(p * p, limit + 1, p):
                flags[m] = False
    return [i for i in range(limit + 1) if flags[i]]


def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors


def miller_rabin(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def fmt_factors(f):
    return " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(f.items()))


primes = sieve(100)
print(primes)
print(sieve_list(10000) == sieve(10000), len(sieve(10000)))
for n in [2, 12, 97, 360, 1001, 65536, 600851475143, 2**32 + 1]:
    print(f"{n} = {fmt_factors(factorize(n))}")
big = [2**61 - 1, 2**61 + 1, 1000000007, 999999999989, 561, 1105]
print([(n, miller_rabin(n)) for n in big])
twins = [(p, p + 2) for p in primes if p + 2 in set(primes)]
print("twin primes:", twins)
