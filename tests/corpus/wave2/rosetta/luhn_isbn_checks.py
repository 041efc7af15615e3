# Rosetta Code check-digit tasks: Luhn test of credit card numbers, ISBN-13,
# IBAN validation (mod 97 over a big integer), and the Damm algorithm.
def luhn(number: str) -> bool:
    digits = [int(d) for d in reversed(number)]
    odd = sum(digits[0::2])
    even = sum(sum(divmod(2 * d, 10)) for d in digits[1::2])
    return (odd + even) % 10 == 0


for n in ["49927398716", "49927398717", "1234567812345678", "1234567812345670"]:
    print(f"luhn {n}: {luhn(n)}")


def isbn13(s: str) -> bool:
    digits = [int(c) for c in s if c.isdigit()]
    return len(digits) == 13 and sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits)) % 10 == 0


for s in ["978-0596528126", "978-0596528120", "978-1788399081", "978-1788399083"]:
    print(f"isbn13 {s}: {'good' if isbn13(s) else 'bad'}")
LENGTHS = {"GB": 22, "DE": 22, "FR": 27, "NO": 15}


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    if LENGTHS.get(s[:2]) != len(s) or not s.isalnum():
        return False
    moved = s[4:] + s[:4]
    number = int("".join(str(int(c, 36)) for c in moved))
    return number % 97 == 1


for iban in ["GB82 WEST 1234 5698 7654 32", "GB82 TEST 1234 5698 7654 32", "DE89 3704 0044 0532 0130 00", "NO93 8601 1117 947"]:
    print(f"{iban:<32} {iban_ok(iban)}")
DAMM = [[0, 3, 1, 7, 5, 9, 8, 6, 4, 2], [7, 0, 9, 2, 1, 5, 4, 8, 6, 3], [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
        [1, 7, 5, 0, 9, 8, 3, 4, 2, 6], [6, 1, 2, 3, 0, 4, 5, 9, 7, 8], [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
        [5, 8, 6, 9, 7, 2, 0, 1, 3, 4], [8, 9, 4, 5, 3, 6, 2, 0, 1, 7], [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
        [2, 5, 8, 1, 4, 3, 6, 7, 9, 0]]


def damm(num: str) -> bool:
    row = 0
    for d in num:
        row = DAMM[row][int(d)]
    return row == 0


print({n: damm(n) for n in ["5724", "5727", "112946", "112949"]})
