"""Roman numerals both ways, arbitrary base conversion, and number words."""

ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"{n} is out of range")
    out = []
    for value, sym in ROMAN:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)


def from_roman(s):
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = values[a]
        total += -v if b != " " and values[b] > v else v
    return total


DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def to_base(n, base):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))


ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def words(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + ("-" + ONES[o] if o else "")
    if n < 1000:
        h, r = divmod(n, 100)
        return ONES[h] + " hundred" + (" and " + words(r) if r else "")
    for size, name in ((10**9, "billion"), (10**6, "million"), (1000, "thousand")):
        if n >= size:
            q, r = divmod(n, size)
            return words(q) + " " + name + ((", " if r >= 100 else " and ") + words(r) if r else "")


for n in [1, 4, 9, 14, 40, 90, 400, 1990, 2008, 1666, 3999]:
    r = to_roman(n)
    print(f"{n:>5} {r:<12} {from_roman(r)}")
try:
    to_roman(0)
except ValueError as e:
    print("ValueError:", e)
for n, b in [(255, 2), (255, 16), (-255, 16), (0, 7), (123456789, 36), (2**64, 36)]:
    s = to_base(n, b)
    print(n, b, s, int(s, b) == n)
print(hex(255), oct(8), bin(10), f"{255:#x} {255:08b} {1234567:,}")
for n in [0, 7, 13, 21, 100, 115, 999, 1001, 123456, 1000000, 987654321]:
    print(n, words(n))
letters = sum(len(words(n).replace(" ", "").replace("-", "")) for n in range(1, 1000)) + len("onethousand")
print("letters 1..1000:", letters)
