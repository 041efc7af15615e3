"""Project Euler 12-20 style: triangle divisors, Collatz, lattice paths, digit sums, dates."""
import math
from functools import lru_cache


def num_divisors(n):
    count = 1
    d = 2
    while d * d <= n:
        e = 0
        while n % d == 0:
            n //= d
            e += 1
        count *= e + 1
        d += 1
    if n > 1:
        count *= 2
    return count


def p12(target=100):
    n = 1
    while True:
        tri = n * (n + 1) // 2
        if num_divisors(tri) > target:
            return tri
        n += 1


def p14(limit=100_000):
    cache = {1: 1}

    def length(n):
        stack = []
        while n not in cache:
            stack.append(n)
            n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps = cache[n]
        while stack:
            steps += 1
            cache[stack.pop()] = steps
        return steps

    return max(range(1, limit), key=length)


def p15(size=20):
    @lru_cache(maxsize=None)
    def paths(r, c):
        if r == 0 or c == 0:
            return 1
        return paths(r - 1, c) + paths(r, c - 1)
    return paths(size, size), math.comb(2 * size, size)


def p16():
    return sum(map(int, str(2 ** 1000)))


def p18():
    triangle = """75
95 64
17 47 82
18 35 87 10
20 04 82 47 65
19 01 23 75 03 34
88 02 77 73 07 63 67"""
    rows = [[int(x) for x in line.split()] for line in triangle.splitlines()]
    best = rows[-1]
    for row in reversed(rows[:-1]):
        best = [v + max(best[i], best[i + 1]) for i, v in enumerate(row)]
    return best[0]


def p19():
    days_in = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    weekday = 1  # 1 Jan 1900 was a Monday (0 = Sunday)
    count = 0
    for year in range(1900, 2001):
        for month in range(12):
            if year >= 1901 and weekday == 0:
                count += 1
            d = days_in[month]
            if month == 1 and (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)):
                d = 29
            weekday = (weekday + d) % 7
    return count


def p20():
    return sum(int(d) for d in str(math.factorial(100)))


for name, fn in [("12", p12), ("14", p14), ("15", p15), ("16", p16),
                 ("18", p18), ("19", p19), ("20", p20)]:
    print(f"Problem {name}: {fn()}")
