"""Integer partitions, Pythagorean triples by perimeter, Champernowne digits, spiral primes."""
from math import gcd, isqrt


def partitions(n):
    p = [1] + [0] * n
    for k in range(1, n + 1):
        for i in range(k, n + 1):
            p[i] += p[i - k]
    return p


def triples_by_perimeter(limit):
    counts = [0] * (limit + 1)
    for m in range(2, isqrt(limit // 2) + 1):
        for n in range(1, m):
            if (m - n) % 2 == 1 and gcd(m, n) == 1:
                per = 2 * m * (m + n)
                for k in range(per, limit + 1, per):
                    counts[k] += 1
    return counts


def champernowne(positions):
    digits = []
    n = 1
    target = max(positions)
    while len(digits) < target:
        digits.extend(str(n))
        n += 1
    prod = 1
    for p in positions:
        prod *= int(digits[p - 1])
    return prod


p = partitions(100)
print(p[:15], p[100] - 1)
counts = triples_by_perimeter(1000)
best = max(range(len(counts)), key=counts.__getitem__)
print(best, counts[best], sum(1 for c in counts if c == 1))
print(champernowne([1, 10, 100, 1000, 10000, 100000]))
