a, b, c = 3, 5, 7
print(a & b == 1, (a & b) == 1, a | b ^ c & 1 << 2 + 1)
print(not a == b, not (a == b), -a ** 2, (-a) ** 2, ~a ** 2)
print(a if b else c or 0, (a if not b else c) or 99)
print(a < b == b < c, a < b < c > a, 1 + 2 * 3 ** 2 // 4 % 5 - 6)
print(a * -1, a - -b, a+-b, 2 ** -1, -2 ** -1)
print(("x" * 2 + "y") * 2, [1] * 2 + [2] * 3, "a" "b" "c")
f = lambda x: x if x > 0 else -x
print(f(-3), (lambda: 1 if False else 2)())
print(1 if True else 2 if False else 3, (1 if False else 2) if True else 3)
print(True + True * 2, 10 - 2 - 3, 2 ** 2 ** 3, 100 // 7 // 2, 5 % 3 % 2)

# expect: True True 7
# expect: True True -9 9 -10
# expect: 3 7
# expect: True True -1
# expect: -3 8 -2 0.5 -0.5
# expect: xxyxxy [1, 1, 2, 2, 2] abc
# expect: 3 2
# expect: 1 2
# expect: 3 5 256 7 0
