def sign(n):
    return "neg" if n < 0 else "zero" if n == 0 else "pos"
print(sign(-3), sign(0), sign(9))
x = 1 if True else 1 / 0
y = 1 / 0 if False else 2
print(x, y)
print([a if a % 2 else -a for a in range(5)])
f = lambda n: n * 2 if n else None
print(f(3), f(0))

# expect: neg zero pos
# expect: 1 2
# expect: [0, 1, -2, 3, -4]
# expect: 6 None
