"""Project Euler 1-10 style problems, solved plainly."""
import math
from functools import reduce


def p1():
    return sum(n for n in range(1000) if n % 3 == 0 or n % 5 == 0)


def p2():
    a, b, total = 1, 2, 0
    while a <= 4_000_000:
        if a % 2 == 0:
            total += a
        a, b = b, a + b
    return total


def p3(n=600851475143):
    d = 2
    while d * d <= n:
        while n % d == 0 and n != d:
            n //= d
        d += 1
    return n


def p4():
    best = 0
    for a in range(999, 99, -1):
        if a * 999 < best:
            break
        for b in range(999, a - 1, -1):
            prod = a * b
            if prod <= best:
                break
            if str(prod) == str(prod)[::-1]:
                best = prod
    return best


def p5():
    return reduce(lambda a, b: a * b // math.gcd(a, b), range(1, 21))


def p6():
    n = range(1, 101)
    return sum(n) ** 2 - sum(i * i for i in n)


def p7(k=2001):
    primes = []
    n = 2
    while len(primes) < k:
        if all(n % p for p in primes if p * p <= n):
            primes.append(n)
        n += 1
    return primes[-1]


DIGITS = ("73167176531330624919225119674426574742355349194934"
          "96983520312774506326239578318016984801869478851843"
          "85861560789112949495459501737958331952853208805511")


def p8(span=13):
    best = 0
    for i in range(len(DIGITS) - span + 1):
        best = max(best, reduce(lambda a, b: a * b, map(int, DIGITS[i:i + span])))
    return best


def p9():
    for a in range(1, 1000):
        for b in range(a + 1, (1000 - a) // 2 + 1):
            c = 1000 - a - b
            if a * a + b * b == c * c:
                return a * b * c


def p10(limit=100_000):
    sieve = [True] * limit
    sieve[0] = sieve[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = [False] * len(range(i * i, limit, i))
    return sum(i for i, p in enumerate(sieve) if p)


for n, fn in enumerate([p1, p2, p3, p4, p5, p6, p7, p8, p9, p10], 1):
    print(f"Problem {n:>2}: {fn()}")
