# Fractions and Decimals as an accountant and a textbook would use them:
# exact sums, rounding modes, quantize, contexts, and string forms.
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING, localcontext, InvalidOperation
from fractions import Fraction

print(sum(Fraction(1, d) for d in range(1, 11)))
print(Fraction(3, 6), Fraction("0.125"), Fraction(1.5), Fraction("7/-14") if False else Fraction(-7, 14))
print(Fraction(1, 3) + Fraction(1, 6), Fraction(2, 3) * 3, Fraction(5, 4) // 1, Fraction(5, 4) % 1, -Fraction(1, 2))
print(Fraction(22, 7).limit_denominator(5), Fraction(3.14159).limit_denominator(1000), float(Fraction(1, 8)))
print(round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 2), Fraction(1, 3) < 0.34)
print(repr(Fraction(1, 3)), Fraction(10).denominator, Fraction(2, 4).numerator, Fraction(1, 3) ** 2, Fraction(4, 9) ** 0.5)

prices = [Decimal("19.99"), Decimal("5.01"), Decimal("0.10"), Decimal("0.20")]
print(sum(prices), sum(prices) * Decimal("1.0825"), (sum(prices) * Decimal("1.0825")).quantize(Decimal("0.01")))
for mode in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING):
    print(mode, [str(Decimal(s).quantize(Decimal("0.1"), rounding=mode)) for s in ("2.25", "2.35", "-2.25", "2.21")])
print(Decimal("1.10") + Decimal("2.20"), Decimal("3.0") * 2, Decimal("10") / Decimal("4"), Decimal(1) / 7)
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / 7, Decimal(2).sqrt(), +Decimal("3.14159265"))
print(Decimal("1e3"), Decimal("1E+3").normalize(), Decimal("100").normalize(), Decimal("0.000"), Decimal("-0"))
print(repr(Decimal("2.50")), Decimal(0.1), Decimal("NaN"), Decimal("-Infinity"), Decimal("1.23").as_tuple())
print(Decimal("7") // Decimal("-2"), Decimal("7") % Decimal("-2"), divmod(Decimal("7.5"), 2), round(Decimal("2.5")))
print(Decimal("1.2345").quantize(Decimal("1.00")), f"{Decimal('1234.5'):,.2f}", f"{Decimal('0.5'):%}")
print(Decimal("3.5") > 3, Decimal("3.0") == 3, Decimal("0.1") == 0.1, int(Decimal("-7.9")), float(Decimal("2.5")))
for bad in [lambda: Decimal("abc"), lambda: Decimal(1) / 0, lambda: Decimal("1") + 1.5, lambda: Fraction(1, 0)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e if not isinstance(e, InvalidOperation) else "")
