"""Number sequences: Collatz, happy numbers, look-and-say, Kaprekar routine, digit factorials."""
from itertools import islice
from math import factorial


def collatz(n):
    while n != 1:
        yield n
        n = 3 * n + 1 if n % 2 else n // 2
    yield 1


def is_happy(n):
    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = sum(int(d) ** 2 for d in str(n))
    return n == 1


def look_and_say(s="1"):
    while True:
        yield s
        out, i = [], 0
        while i < len(s):
            j = i
            while j < len(s) and s[j] == s[i]:
                j += 1
            out.append(f"{j - i}{s[i]}")
            i = j
        s = "".join(out)


def kaprekar(n):
    steps = [n]
    while n not in (0, 6174):
        digits = f"{n:04d}"
        n = int("".join(sorted(digits, reverse=True))) - int("".join(sorted(digits)))
        steps.append(n)
    return steps


print(list(collatz(27))[:12], len(list(collatz(27))), max(collatz(27)))
print([n for n in range(1, 50) if is_happy(n)])
print(list(islice(look_and_say(), 8)))
print(len(next(islice(look_and_say(), 30, None))))
for n in (3524, 2111, 9998, 1111):
    print(n, kaprekar(n))
fact = [factorial(i) for i in range(10)]
print([n for n in range(10, 50000) if n == sum(fact[int(c)] for c in str(n))])
