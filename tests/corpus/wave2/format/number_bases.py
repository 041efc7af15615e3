# Rosetta-style base conversion: bin/oct/hex, int(s, base) with prefixes and
# underscores, a hand-written to_base, and the errors int() raises.
import string

DIGITS = string.digits + string.ascii_lowercase


def to_base(n, base):
    if not 2 <= base <= 36:
        raise ValueError(f"bad base {base}")
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))


for n in [0, 1, -1, 255, 256, -4096, 2 ** 64, 3 ** 40]:
    print(n, bin(n), oct(n), hex(n), to_base(n, 36), to_base(n, 7))
    for b in (2, 7, 16, 36):
        assert int(to_base(n, b), b) == n

for text, base in [("ff", 16), ("0xff", 16), ("0xff", 0), ("0o17", 0), ("0b101", 0), ("1_000", 10),
                   ("  42  ", 10), ("-0x10", 16), ("z", 36), ("Z", 36), ("10", 2),
                   ("+12", 3), ("٣", 10)]:
    print(repr(text), base, "->", int(text, base))

for text, base in [("08", 0), ("12", 2), ("", 10), ("1__0", 10), ("_1", 10), ("0x", 16), ("9", 37),
                   ("1.5", 10), ("abc", 10)]:
    try:
        print(int(text, base))
    except ValueError as e:
        print(f"ValueError: {e}")
try:
    int(3.5, 10)
except TypeError as e:
    print("TypeError:", e)
print(int("  -0b1111_0000 ".strip(), 0), float(" 1_000.5 "), float("-inf"), float("1e-3"))
print((255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (-1).to_bytes(2, "big", signed=True))
print((1024).bit_length(), (-1024).bit_length(), (0).bit_length(), (255).bit_count())
