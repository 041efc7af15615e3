def f(a, b):
    pass
def g(a, b=1):
    pass
def h():
    pass
def k(a, b, c, *, d):
    pass
cases = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: g(),
    lambda: g(1, 2, 3),
    lambda: h(1),
    lambda: h(1, 2),
    lambda: k(1),
    lambda: k(1, 2, 3, 4),
    lambda: k(1, 2, 3, 4, d=1),
    lambda: f(1, b=2, c=3),
    lambda: f(1, a=1),
    lambda: h(x=1),
    lambda: f(1, 2, a=5),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)

# expect: f() missing 1 required positional argument: 'b'
# expect: f() missing 2 required positional arguments: 'a' and 'b'
# expect: f() takes 2 positional arguments but 3 were given
# expect: g() missing 1 required positional argument: 'a'
# expect: g() takes from 1 to 2 positional arguments but 3 were given
# expect: h() takes 0 positional arguments but 1 was given
# expect: h() takes 0 positional arguments but 2 were given
# expect: k() missing 2 required positional arguments: 'b' and 'c'
# expect: k() takes 3 positional arguments but 4 were given
# expect: k() takes 3 positional arguments but 4 positional arguments (and 1 keyword-only argument) were given
# expect: f() got an unexpected keyword argument 'c'
# expect: f() got multiple values for argument 'a'
# expect: h() got an unexpected keyword argument 'x'
# expect: f() got multiple values for argument 'a'
