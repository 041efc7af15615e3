vals = [0.1, 0.5, 1/3, 2/3, 1e15, 1e16, 1.5e16, 1e-4, 1e-5, 123.456, -0.0, 1e100, 2.5e-300,
        float("inf"), -float("inf"), 100.0, 1e21, 1e22, 12345678.9, 0.1 + 0.7]
for v in vals:
    print(repr(v), str(v))
print(round(2.675, 2), round(-2.5), round(0.5), round(1.5), round(1234.5678, -2), round(5, -1), round(15, -1))
print(int(1e300) % 10, float(10 ** 308) * 10)

# expect: 0.1 0.1
# expect: 0.5 0.5
# expect: 0.3333333333333333 0.3333333333333333
# expect: 0.6666666666666666 0.6666666666666666
# expect: 1000000000000000.0 1000000000000000.0
# expect: 1e+16 1e+16
# expect: 1.5e+16 1.5e+16
# expect: 0.0001 0.0001
# expect: 1e-05 1e-05
# expect: 123.456 123.456
# expect: -0.0 -0.0
# expect: 1e+100 1e+100
# expect: 2.5e-300 2.5e-300
# expect: inf inf
# expect: -inf -inf
# expect: 100.0 100.0
# expect: 1e+21 1e+21
# expect: 1e+22 1e+22
# expect: 12345678.9 12345678.9
# expect: 0.7999999999999999 0.7999999999999999
# expect: 2.67 -2 0 2 1200.0 0 20
# expect: 0 inf
