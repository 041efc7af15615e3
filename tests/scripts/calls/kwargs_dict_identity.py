def f(**kw):
    kw['added'] = True
    return kw
d = {'a': 1}
r = f(**d)
print(r, d, r is d)
def g(a, **kw):
    return a, kw
print(g(a=1, b=2))
print(g(1, **{'c': 3}))

# expect: {'a': 1, 'added': True} {'a': 1} False
# expect: (1, {'b': 2})
# expect: (1, {'c': 3})
