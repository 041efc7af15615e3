a, b = 1, 2
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = "xy"
print(f, g)
h, = [9]
print(h)
for k, (l, m) in [(1, (2, 3)), (4, (5, 6))]:
    print(k, l, m)
x = [0, 1, 2]
i = 0
i, x[i] = 1, 9
print(i, x)

# expect: 2 1
# expect: 3 4 5
# expect: x y
# expect: 9
# expect: 1 2 3
# expect: 4 5 6
# expect: 1 [0, 9, 2]
