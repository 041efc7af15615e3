def f(a, b, /, c, *, d):
    return a, b, c, d
print(f(1, 2, 3, d=4))
print(f(1, 2, c=3, d=4))
try:
    f(1, b=2, c=3, d=4)
except TypeError as e:
    print(e)
try:
    f(a=1, b=2, c=3, d=4)
except TypeError as e:
    print(e)
def g(x, /, **kw):
    return x, kw
print(g(1, x=2))
def h(a, b=2, /, c=3):
    return a, b, c
print(h(1), h(1, 5), h(1, c=0))

# expect: (1, 2, 3, 4)
# expect: (1, 2, 3, 4)
# expect: f() got some positional-only arguments passed as keyword arguments: 'b'
# expect: f() got some positional-only arguments passed as keyword arguments: 'a, b'
# expect: (1, {'x': 2})
# expect: (1, 2, 3) (1, 5, 3) (1, 2, 0)
