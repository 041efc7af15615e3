def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2))
print(f(1, c=9, b=8))
def g(*args, sep='-'):
    return sep.join(args)
print(g('a', 'b', 'c'))
print(g('a', 'b', sep='+'))
try:
    f(1, 2)
except TypeError as e:
    print(e)
try:
    f(1)
except TypeError as e:
    print(e)
def h(*, x, y):
    return x * y
try:
    h()
except TypeError as e:
    print(e)
print(h(y=2, x=5))

# expect: (1, 2, 3)
# expect: (1, 8, 9)
# expect: a-b-c
# expect: a+b
# expect: f() takes 1 positional argument but 2 were given
# expect: f() missing 1 required keyword-only argument: 'b'
# expect: h() missing 2 required keyword-only arguments: 'x' and 'y'
# expect: 10
