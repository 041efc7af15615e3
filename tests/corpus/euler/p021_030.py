"""Project Euler 21-30 style: amicable sums, name scores, lexicographic permutations, cycles."""
import itertools
import math


def d(n):
    if n < 2:
        return 0
    total = 1
    for i in range(2, math.isqrt(n) + 1):
        if n % i == 0:
            total += i
            if i != n // i:
                total += n // i
    return total


def p21(limit=3000):
    return sum(a for a in range(2, limit) if (b := d(a)) != a and d(b) == a)


def p22():
    names = ["MARY", "PATRICIA", "LINDA", "BARBARA", "ELIZABETH", "JENNIFER", "MARIA",
             "SUSAN", "MARGARET", "DOROTHY", "LISA", "NANCY", "KAREN", "BETTY", "HELEN", "COLIN"]
    return sum(i * sum(ord(c) - 64 for c in name) for i, name in enumerate(sorted(names), 1))


def p24():
    perm = next(itertools.islice(itertools.permutations("0123456789"), 999_999, None))
    return "".join(perm)


def p24_factoradic(index=999_999, digits="0123456789"):
    pool = list(digits)
    out = []
    for i in range(len(pool) - 1, -1, -1):
        q, index = divmod(index, math.factorial(i))
        out.append(pool.pop(q))
    return "".join(out)


def p25(n_digits=1000):
    a, b, k = 1, 1, 2
    while len(str(b)) < n_digits:
        a, b, k = b, a + b, k + 1
    return k


def p26(limit=1000):
    def cycle(d):
        seen = {}
        r, pos = 1, 0
        while r and r not in seen:
            seen[r] = pos
            r = r * 10 % d
            pos += 1
        return pos - seen[r] if r else 0
    return max(range(2, limit), key=cycle)


def p28(size=1001):
    total, n = 1, 1
    for layer in range(2, size, 2):
        for _ in range(4):
            n += layer
            total += n
    return total


def p29(limit=100):
    return len({a ** b for a in range(2, limit + 1) for b in range(2, limit + 1)})


def p30(power=3):
    return sum(n for n in range(10, 6 * 9 ** power) if n == sum(int(c) ** power for c in str(n)))


for name, fn in [("21", p21), ("22", p22), ("24", p24), ("24b", p24_factoradic),
                 ("25", p25), ("26", p26), ("28", p28), ("29", p29), ("30", p30)]:
    print(f"Problem {name}: {fn()}")
