# Arithmetic precedence and associativity.
print(2 + 3 * 4)
print((2 + 3) * 4)
print(2 ** 3 ** 2)
print(-2 ** 2)
print((-2) ** 2)
print(2 ** -1)
print(10 - 4 - 3)
print(100 / 10 / 5)
print(2 * 3 % 4)
print(-7 // 2 * 3)
print(1 + 2 << 3)
print(~5 + 1)
print(not 1 + 1 == 3)

# expect: 14
# expect: 20
# expect: 512
# expect: -4
# expect: 4
# expect: 0.5
# expect: 3
# expect: 2.0
# expect: 2
# expect: -12
# expect: 24
# expect: -5
# expect: True
