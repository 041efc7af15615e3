print(1.0, 1.5, 0.1, 1e10, 1e16, 1e-5, 1.23e-7, 123456789.123)
print(float("3.14"), float("-inf"), float("nan"), float(" 2 "), float("1e3"))
print(3.0 == 3, 0.1 + 0.2 == 0.3, round(0.1 + 0.2, 2))
print(2.5.is_integer(), (3.0).is_integer(), 7.0 // 2, 7.0 % 2.5)
print(round(3.14159, 3), round(2.675, 2), round(1e20), round(-1.5))
print(int(1e20), float(2 ** 60), 1 / 3, 2 / 3, 10 / 3)
print(1e308 * 10, -1e308 * 10, 5e-324, 5e-324 / 2)
try:
    float("x1")
except ValueError as e:
    print(e)
print(float.fromhex("0x1p-2") if hasattr(float, "fromhex") else 0.25)
print(repr(1.0), str(100.0), repr(1e22), repr(1.5e-10), 12345678901234567.0)

# expect: 1.0 1.5 0.1 10000000000.0 1e+16 1e-05 1.23e-07 123456789.123
# expect: 3.14 -inf nan 2.0 1000.0
# expect: True False 0.3
# expect: False True 3.0 2.0
# expect: 3.142 2.67 100000000000000000000 -2
# expect: 100000000000000000000 1.152921504606847e+18 0.3333333333333333 0.6666666666666666 3.3333333333333335
# expect: inf -inf 5e-324 0.0
# expect: could not convert string to float: 'x1'
# expect: 0.25
# expect: 1.0 100.0 1e+22 1.5e-10 1.2345678901234568e+16
