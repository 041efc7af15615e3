print(format(3.14159, ".3f"), format(42, "b"), format(42, "o"), format(42, "#o"))
print(format(1e6, "e"), format(1e6, ".2e"), format(0.000123, "g"), format(123456789.0, "g"))
print(format(12, "*^10"), format("ab", "-<6"), format(-42, "=8"), format(42, " d"))
print(format(3.0, ""), format(1.5, "5"), format(True, "d"), format(True, ""))
print(format(1234.5678, ",.2f"), format(10**12, "_"), format(0.5, ".0%"))
print(format("hello", ".3"), format("x", "^7"), format(7, "03"))
print(format(-0.0, ".1f"), format(float("inf"), "f"), format(float("nan"), "5"))
try:
    format(1, "z")
except ValueError as e:
    print(e)
try:
    format("s", "d")
except ValueError as e:
    print(e)

# expect: 3.142 101010 52 0o52
# expect: 1.000000e+06 1.00e+06 0.000123 1.23457e+08
# expect: ****12**** ab---- -     42  42
# expect: 3.0   1.5 1 True
# expect: 1,234.57 1_000_000_000_000 50%
# expect: hel    x    007
# expect: -0.0 inf   nan
# expect: Negative zero coercion (z) not allowed in integer format specifier
# expect: Unknown format code 'd' for object of type 'str'
