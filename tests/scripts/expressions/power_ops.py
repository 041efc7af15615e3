print(2 ** 10, 2 ** 0, 0 ** 0)
print(2 ** 64, (-3) ** 3)
print(2 ** -2, 10 ** -3)
print(2.0 ** 0.5)
print(pow(2, 10, 1000), pow(3, -1, 7))
print((-8) ** (1/3) if False else "skip")
print(4 ** 0.5, 1.5 ** 2)

# expect: 1024 1 1
# expect: 18446744073709551616 -27
# expect: 0.25 0.001
# expect: 1.4142135623730951
# expect: 24 5
# expect: skip
# expect: 2.0 2.25
