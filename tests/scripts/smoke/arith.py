# Integer and float arithmetic, including floor division/modulo of negatives
# and big integers.
print(1 + 2 * 3)      # expect: 7
print(7 // 2, 7 % 2)  # expect: 3 1
print(-7 // 2)        # expect: -4
print(-7 % 3)         # expect: 2
print(7 / 2)          # expect: 3.5
print(2 ** 10)        # expect: 1024
print(2 ** 100)       # expect: 1267650600228229401496703205376
print(0.1 + 0.2)      # expect: 0.30000000000000004
print(10 / 5)         # expect: 2.0
x = 5
x += 3
x *= 2
print(x)              # expect: 16
