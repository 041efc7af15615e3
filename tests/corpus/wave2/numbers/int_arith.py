# Integer arithmetic corners: floor division and modulo signs, pow with modulus
# (including negative exponents), big ints, bit operations, and comparisons.
for a in (7, -7):
    for b in (2, -2):
        print(f"{a:>3} {b:>3} // {a // b:>3} % {a % b:>3} divmod {divmod(a, b)}")
print(pow(3, 200, 1000), pow(3, -1, 7), pow(38, -1, 97), pow(2, 10), pow(2, -2), pow(-2, 3), (-2) ** 2, -2 ** 2)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
big = 2 ** 200 - 1
print(big, len(str(big)), big % 97, big.bit_length(), -big // 3, -big % 3)
print(big >> 190, 1 << 100, -1 >> 10, -(1 << 70) >> 3, ~0, ~big & 0xFF, big & -big, big ^ (big >> 1))
print(5 & -3, -5 | 3, -5 ^ -3, ~-1, 0xF0 | 0x0F, 6 & 3)
print(10 ** 30 // 7, 10 ** 30 % 7, divmod(-10 ** 30, 7), abs(-10 ** 30), -(-10 ** 30))
print(int("9" * 50) + 1, int("-" + "9" * 40) - 1, (10 ** 20) * (10 ** 20), 123456789 ** 3)
print(True + True, True * 10, -True, ~True, True << 3, False ** 0, True / 2, 3 // True)
print(1 == 1.0, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53), 10 ** 400 > 1e308)
print(10 ** 400 > float("inf"), -10 ** 400 < float("-inf"), (10 ** 400) == float("inf"))
print(7 / 2, -7 / 2, 10 ** 20 / 10 ** 10, 1 / 3, 2 ** 64 / 3)
try:
    print(10 ** 400 / 1)
except OverflowError as e:
    print("OverflowError:", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    1 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    5 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
print(abs(-5), (-5).__abs__(), (5).conjugate(), (6).numerator, (6).denominator, (6).real, (6).imag)
print(int.__add__(1, 2), (3).__mul__(4), (3).__rsub__(10), (3).__truediv__(0.5), (1).__eq__(1.0))
print(sum(range(10 ** 6)), sum(i * i for i in range(100)), max(range(7), key=lambda n: -abs(n - 3)))
