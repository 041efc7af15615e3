print(1 + 2.0, 3 * 1.5, 7 / 2, 8 / 2, 2 ** 0.5 * 2 ** 0.5)
print(True + True, True * 10, 3 - False)
print(0.1 + 0.2, 1e16 + 1, 1e300 * 1e10, -1e300 * 1e10)
print(10 ** 20 + 0.5, 2 ** 53 + 1.0)
print(int(3.9), int(-3.9), float(3), round(2.5), round(3.5), round(-0.5))
print(abs(-7), abs(-7.25), 7 // 2.0, -7 % 3.0)
print(float('inf') > 10 ** 400, float('nan') == float('nan'))
print(1 == 1.0, hash(1) == hash(1.0), 2 ** 64 == 2.0 ** 64)

# expect: 3.0 4.5 3.5 4.0 2.0000000000000004
# expect: 2 10 3
# expect: 0.30000000000000004 1e+16 inf -inf
# expect: 1e+20 9007199254740992.0
# expect: 3 -3 3.0 2 4 0
# expect: 7 7.25 3.0 2.0
# expect: True False
# expect: True True True
