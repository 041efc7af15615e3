def f(factor):
    base = [1, 2, 3]
    return [b * factor for b in base], {b: factor for b in base}
print(f(5))
def g():
    fns = [lambda: i for i in range(3)]
    return [h() for h in fns]
print(g())
def h(n):
    return [[n * r + c for c in range(n)] for r in range(n)]
print(h(3))

# expect: ([5, 10, 15], {1: 5, 2: 5, 3: 5})
# expect: [2, 2, 2]
# expect: [[0, 1, 2], [3, 4, 5], [6, 7, 8]]
