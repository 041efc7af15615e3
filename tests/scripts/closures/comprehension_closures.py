fs = [lambda: x for x in range(3)]
print([f() for f in fs])
gs = [(lambda y: lambda: y)(x) for x in range(3)]
print([g() for g in gs])
def outer():
    n = 10
    return [lambda: n + i for i in range(2)], (lambda: [n * j for j in range(3)])()
a, b = outer()
print([f() for f in a], b)

# expect: [2, 2, 2]
# expect: [0, 1, 2]
# expect: [11, 11] [0, 10, 20]
