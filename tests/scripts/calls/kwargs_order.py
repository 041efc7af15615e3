def f(**kw):
    return list(kw)
print(f(z=1, a=2, m=3))
print(f(**{'b': 1, 'a': 2}, c=3))
def g(a, b, **rest):
    return a, b, rest
print(g(b=1, a=2, c=3))
print(g(1, c=3, b=2))

# expect: ['z', 'a', 'm']
# expect: ['b', 'a', 'c']
# expect: (2, 1, {'c': 3})
# expect: (1, 2, {'c': 3})
