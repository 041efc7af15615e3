print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010)
print(~0, ~-1, ~255)
print(1 << 70, (1 << 70) >> 68)
print(-16 >> 2, -1 >> 100)
print(5 & -2, -5 | 2, -5 ^ 3)
print(True & False, True | False, True ^ True)
print(6 & 3 | 8, 6 & (3 | 8))
print(1 | 2 ^ 3 & 4)

# expect: 8 14 6
# expect: -1 0 -256
# expect: 1180591620717411303424 4
# expect: -4 -1
# expect: 4 -5 -8
# expect: False True False
# expect: 10 2
# expect: 3
