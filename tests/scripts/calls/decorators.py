def trace(f):
    def wrapper(*a, **k):
        print("call", f.__name__, a, k)
        r = f(*a, **k)
        print("ret", r)
        return r
    return wrapper
def times(n):
    def deco(f):
        def w(*a):
            return [f(*a) for _ in range(n)]
        return w
    return deco
@trace
def add(a, b=0):
    return a + b
@times(3)
def hello(name):
    return "hi " + name
add(1, b=2)
print(hello("bo"))
@trace
@times(2)
def one():
    return 1
one()

# expect: call add (1,) {'b': 2}
# expect: ret 3
# expect: ['hi bo', 'hi bo', 'hi bo']
# expect: call w () {}
# expect: ret [1, 1]
