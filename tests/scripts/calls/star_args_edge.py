def f(*args):
    return args
print(f(*[]), f(*()), f(*"abc"), f(*{1: 'a', 2: 'b'}), f(*range(3), *[9]))
def g(a, b, c):
    return a + b + c
t = (1, 2)
print(g(*t, 3), g(0, *t), g(*t, *[4]))
print(g(**dict(a=1, b=2, c=3)), g(1, **{"b": 2, "c": 3}))
it = iter([10, 20, 30])
print(g(*it))
def gen():
    yield 1
    yield 2
print(f(*gen()))

# expect: () () ('a', 'b', 'c') (1, 2) (0, 1, 2, 9)
# expect: 6 3 7
# expect: 6 6
# expect: 60
# expect: (1, 2)
