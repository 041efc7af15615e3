"""Euler 32/35/36/37/41-style digit puzzles: pandigital products, circular and truncatable primes."""
from itertools import permutations


def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    f = 3
    while f * f <= n:
        if n % f == 0:
            return False
        f += 2
    return True


def pandigital_products():
    found = set()
    for a in range(1, 100):
        for b in range(a, 10000 // a + 1):
            s = f"{a}{b}{a * b}"
            if len(s) == 9 and set(s) == set("123456789"):
                found.add(a * b)
    return sorted(found), sum(found)


def circular_primes(limit):
    result = []
    for n in range(2, limit):
        s = str(n)
        if all(is_prime(int(s[i:] + s[:i])) for i in range(len(s))):
            result.append(n)
    return result


def double_base_palindromes(limit):
    return [n for n in range(1, limit, 2)
            if str(n) == str(n)[::-1] and bin(n)[2:] == bin(n)[2:][::-1]]


def truncatable():
    out = []
    n = 11
    while len(out) < 8:
        s = str(n)
        if all(is_prime(int(s[i:])) and is_prime(int(s[:len(s) - i])) for i in range(len(s))):
            out.append(n)
        n += 2
    return out


def largest_pandigital_prime():
    for k in (7, 4):
        for p in permutations("7654321"[7 - k:]):
            n = int("".join(p))
            if is_prime(n):
                return n


print(pandigital_products())
cp = circular_primes(2000)
print(len(cp), cp[-5:])
pals = double_base_palindromes(20000)
print(pals, sum(pals))
tr = truncatable()
print(tr, sum(tr))
print(largest_pandigital_prime())
