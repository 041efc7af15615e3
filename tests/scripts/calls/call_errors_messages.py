def two(a, b): pass
def three(a, b, c): pass
def kwonly(a, *, b, c): pass
def opt(a, b=1, *, c): pass
def var(a, *args, b): pass
class C:
    def m(self, x): pass
    @staticmethod
    def s(x): pass
    @classmethod
    def k(cls, x): pass
cases = [
    lambda: three(),
    lambda: three(1),
    lambda: kwonly(1),
    lambda: kwonly(1, 2, 3),
    lambda: kwonly(1, 2, b=3, c=4),
    lambda: opt(1, 2, 3),
    lambda: opt(1, 2, 3, c=1),
    lambda: opt(),
    lambda: var(),
    lambda: var(1, 2),
    lambda: C().m(),
    lambda: C().m(1, 2),
    lambda: C.s(),
    lambda: C.k(),
    lambda: C().k(1, 2),
    lambda: (lambda x: x)(),
    lambda: (lambda: 0)(1),
    lambda: two(1, 2, c=3, d=4),
    lambda: two(b=1),
    lambda: C()(),
    lambda: C.m(),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)

# expect: three() missing 3 required positional arguments: 'a', 'b', and 'c'
# expect: three() missing 2 required positional arguments: 'b' and 'c'
# expect: kwonly() missing 2 required keyword-only arguments: 'b' and 'c'
# expect: kwonly() takes 1 positional argument but 3 were given
# expect: kwonly() takes 1 positional argument but 2 positional arguments (and 2 keyword-only arguments) were given
# expect: opt() takes from 1 to 2 positional arguments but 3 were given
# expect: opt() takes from 1 to 2 positional arguments but 3 positional arguments (and 1 keyword-only argument) were given
# expect: opt() missing 1 required positional argument: 'a'
# expect: var() missing 1 required positional argument: 'a'
# expect: var() missing 1 required keyword-only argument: 'b'
# expect: C.m() missing 1 required positional argument: 'x'
# expect: C.m() takes 2 positional arguments but 3 were given
# expect: C.s() missing 1 required positional argument: 'x'
# expect: C.k() missing 1 required positional argument: 'x'
# expect: C.k() takes 2 positional arguments but 3 were given
# expect: <lambda>.<locals>.<lambda>() missing 1 required positional argument: 'x'
# expect: <lambda>.<locals>.<lambda>() takes 0 positional arguments but 1 was given
# expect: two() got an unexpected keyword argument 'c'
# expect: two() missing 1 required positional argument: 'a'
# expect: 'C' object is not callable
# expect: C.m() missing 2 required positional arguments: 'self' and 'x'
