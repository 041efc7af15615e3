def f(a, b):
    pass
try:
    f(*5)
except TypeError as e:
    print(e)
try:
    f(**[1])
except TypeError as e:
    print(e)
try:
    f(1, **{'b': 2}, **{'b': 3})
except TypeError as e:
    print(e)
try:
    f(**{1: 2})
except TypeError as e:
    print(e)
try:
    5()
except TypeError as e:
    print(e)
try:
    "abc"(1)
except TypeError as e:
    print(e)
try:
    None()
except TypeError as e:
    print(e)
def m(a, b, c):
    pass
try:
    m(1)
except TypeError as e:
    print(e)
try:
    m()
except TypeError as e:
    print(e)
def kw(*, a, b, c):
    pass
try:
    kw(a=1)
except TypeError as e:
    print(e)
try:
    kw()
except TypeError as e:
    print(e)

# expect: __main__.f() argument after * must be an iterable, not int
# expect: __main__.f() argument after ** must be a mapping, not list
# expect: __main__.f() got multiple values for keyword argument 'b'
# expect: keywords must be strings
# expect: 'int' object is not callable
# expect: 'str' object is not callable
# expect: 'NoneType' object is not callable
# expect: m() missing 2 required positional arguments: 'b' and 'c'
# expect: m() missing 3 required positional arguments: 'a', 'b', and 'c'
# expect: kw() missing 2 required keyword-only arguments: 'b' and 'c'
# expect: kw() missing 3 required keyword-only arguments: 'a', 'b', and 'c'
