# Integer sequence tasks: Hailstone, happy numbers, Kaprekar, amicable pairs,
# Pascal's triangle, Catalan numbers, Fibonacci words, look-and-say, Hofstadter Q.
import itertools
from math import comb


def happy(n):
    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = sum(int(d) ** 2 for d in str(n))
    return n == 1


print("happy:", list(itertools.islice(filter(happy, itertools.count(1)), 8)))
print("kaprekar:", [n for n in range(1, 10000) if any(
    int(str(n * n)[:i] or 0) + int(str(n * n)[i:]) == n and int(str(n * n)[i:]) > 0 for i in range(len(str(n * n))))])


def divisor_sum(n):
    total = 1
    for d in range(2, int(n ** 0.5) + 1):
        if n % d == 0:
            total += d + (n // d if d * d != n else 0)
    return total


print("amicable:", [(a, b) for a in range(2, 10000) if (b := divisor_sum(a)) > a and divisor_sum(b) == a])
row = [1]
for _ in range(7):
    print(" ".join(map(str, row)).center(40))
    row = [a + b for a, b in zip([0] + row, row + [0])]
print("catalan:", [comb(2 * n, n) // (n + 1) for n in range(12)])
fw = ["1", "0"]
while len(fw) < 8:
    fw.append(fw[-1] + fw[-2])
print("fibonacci words:", [len(w) for w in fw], fw[5])


def look_and_say(s):
    return "".join(str(len(list(g))) + k for k, g in itertools.groupby(s))


s = "1"
for _ in range(8):
    print(s)
    s = look_and_say(s)
q = [None, 1, 1]
for n in range(3, 1001):
    q.append(q[n - q[n - 1]] + q[n - q[n - 2]])
print("hofstadter q:", q[1:11], q[1000], sum(q[i] < q[i - 1] for i in range(2, 1001)))
print("hailstone 27:", (lambda seq: (len(seq), seq[:4], seq[-4:]))(
    list(itertools.accumulate(range(200), lambda n, _: n // 2 if n % 2 == 0 else 3 * n + 1, initial=27))[:112]))
