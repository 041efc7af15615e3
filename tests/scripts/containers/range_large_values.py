# Ranges whose values leave the 48-bit small-int range iterate correctly.
for i in range(2 ** 47 - 2, 2 ** 47 + 2):
    print(i)
for i in range(-2 ** 47 + 1, -2 ** 47 - 2, -1):
    print(i)
print(list(range(2 ** 62, 2 ** 62 + 6, 2)), list(reversed(range(2 ** 62, 2 ** 62 + 6, 2))))
r = range(2 ** 63 - 3, 2 ** 63 - 1)
print(list(r), len(r), r[-1], 2 ** 63 - 2 in r)

# Expected output (CPython 3.11):
# expect: 140737488355326
# expect: 140737488355327
# expect: 140737488355328
# expect: 140737488355329
# expect: -140737488355327
# expect: -140737488355328
# expect: -140737488355329
# expect: [4611686018427387904, 4611686018427387906, 4611686018427387908] [4611686018427387908, 4611686018427387906, 4611686018427387904]
# expect: [9223372036854775805, 9223372036854775806] 2 9223372036854775806 True
