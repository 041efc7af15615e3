# // and % follow the sign of the divisor, for ints and floats.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2)
print(7 % -2.5, -0.0 % 3)
print(2**100 // 3, 2**100 % 7, -(2**100) // 3)

# expect: 7 2 3 1 (3, 1)
# expect: -7 2 -4 1 (-4, 1)
# expect: 7 -2 -4 -1 (-4, -1)
# expect: -7 -2 3 -1 (3, -1)
# expect: 0 5 0 0 (0, 0)
# expect: 3.0 1.5 -4.0 0.5
# expect: -0.5 0.0
# expect: 422550200076076467165567735125 2 -422550200076076467165567735126
