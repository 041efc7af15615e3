def outer(a, b=2, *args, **kw):
    def inner():
        return a, b, args, kw
    a = a * 10
    return inner
print(outer(1)())
print(outer(1, 3, 4, k=5)())
def param_cell(x):
    fs = [lambda: x]
    x += 1
    return fs[0]()
print(param_cell(1))

# expect: (10, 2, (), {})
# expect: (10, 3, (4,), {'k': 5})
# expect: 2
