"""Bit manipulation: popcount, power-of-two tests, Gray code, subsets via masks, XOR tricks, bit reversal."""


def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count


def gray(n):
    return n ^ (n >> 1)


def from_gray(g):
    n = 0
    while g:
        n ^= g
        g >>= 1
    return n


def reverse_bits(n, width=8):
    out = 0
    for _ in range(width):
        out = (out << 1) | (n & 1)
        n >>= 1
    return out


def single_number(nums):
    x = 0
    for n in nums:
        x ^= n
    return x


print([popcount(n) for n in range(16)], all(popcount(n) == bin(n).count("1") for n in range(1000)))
print([n for n in range(70) if n and n & (n - 1) == 0])
codes = [gray(i) for i in range(8)]
print([f"{c:03b}" for c in codes], [from_gray(c) for c in codes])
print(all(popcount(codes[i] ^ codes[i + 1]) == 1 for i in range(7)))
print([reverse_bits(n) for n in (1, 2, 0b1011, 255)], f"{reverse_bits(0b00010011):08b}")
print(single_number([4, 1, 2, 1, 2]), single_number([7, 3, 3]))
a, b = 12, 25
a ^= b; b ^= a; a ^= b
print(a, b, 5 & 3, 5 | 3, 5 ^ 3, ~5, -5 >> 1, 1 << 40, (-1) & 0xFF, 0b1010 >> 1)
items = "abcd"
print([[items[i] for i in range(4) if m >> i & 1] for m in range(16) if popcount(m) == 2])
flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print(bool(flags & WRITE), bool(flags & EXEC), flags, flags & ~READ)
print((255).bit_length(), (-255).bit_length(), int("ff", 16) ^ int("0f", 16), format(0xDEAD, "016b"))
