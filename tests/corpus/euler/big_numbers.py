"""Big integer work: factorial digits, digit sums of powers, Fibonacci via fast doubling, Collatz extremes."""
import math


def fib_pair(n):
    if n == 0:
        return 0, 1
    a, b = fib_pair(n >> 1)
    c = a * (2 * b - a)
    d = a * a + b * b
    return (d, c + d) if n & 1 else (c, d)


def digital_sum(n):
    return sum(map(int, str(n)))


print(len(str(math.factorial(1000))), digital_sum(math.factorial(100)))
print(max(digital_sum(a ** b) for a in range(1, 60) for b in range(1, 60)))
f = fib_pair(1000)[0]
print(str(f)[:20], len(str(f)), f % 1_000_000_007)
print(2 ** 200, -(3 ** 150), (10 ** 40 + 1) // 7, (10 ** 40 + 1) % 7)
print(divmod(-(10 ** 30), 7), divmod(10 ** 30, -7))
print((2 ** 127 - 1).bit_length(), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
print(pow(3, 10 ** 18, 10 ** 9 + 7), pow(2, 10 ** 5) % 1000)
print(math.isqrt(10 ** 100), math.gcd(2 ** 100 - 1, 2 ** 60 - 1))
x = 1
for i in range(1, 30):
    x = x * i + (-1) ** i
print(x, hex(x), x.bit_count())
print(f"{2**100:,}", f"{2**100:_x}", f"{-2**70:>40}")
print(int("123456789" * 5) * int("987654321" * 5))
print(sum(int(c) for c in str(2 ** 15)), str(7 ** 77)[-10:])
