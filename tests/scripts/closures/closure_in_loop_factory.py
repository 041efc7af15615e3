def make_multipliers():
    return [lambda x, n=n: x * n for n in range(1, 4)]
print([m(10) for m in make_multipliers()])
def adders():
    result = []
    for n in range(3):
        def add(x, n=n):
            return x + n
        result.append(add)
    return result
print([a(100) for a in adders()])
def scoped():
    out = []
    for n in range(3):
        def wrap(n):
            return lambda: n
        out.append(wrap(n))
    return out
print([f() for f in scoped()])

# expect: [10, 20, 30]
# expect: [100, 101, 102]
# expect: [0, 1, 2]
