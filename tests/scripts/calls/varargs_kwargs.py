def f(*args, **kwargs):
    return args, kwargs
print(f())
print(f(1, 2))
print(f(a=1, b=2))
print(f(1, *[2, 3], x=4, **{'y': 5}))
def g(a, *rest, key=None, **extra):
    print(a, rest, key, extra)
g(1)
g(1, 2, 3, key='k', other=0)
args = (10, 20)
kw = {'key': 'K'}
g(*args, **kw)
g(*range(3), *"ab")

# expect: ((), {})
# expect: ((1, 2), {})
# expect: ((), {'a': 1, 'b': 2})
# expect: ((1, 2, 3), {'x': 4, 'y': 5})
# expect: 1 () None {}
# expect: 1 (2, 3) k {'other': 0}
# expect: 10 (20,) K {}
# expect: 0 (1, 2, 'a', 'b') None {}
