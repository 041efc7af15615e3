# Functions with cells or free variables called with exactly their
# positional arguments get their frame without the general binding; the
# cells they make and the closure cells they read behave as always.

def make_adder(k):
    def add(x):
        return x + k
    return add

adders = [make_adder(i) for i in range(3)]
print([a(10) for a in adders])  # expect: [10, 11, 12]

# A captured parameter's cell starts with the argument's value.
def capture_then_change(x, y):
    def get():
        return x, y
    before = get()
    x += 1
    y = "changed"
    return before, get()

print(capture_then_change(1, "y"))  # expect: ((1, 'y'), (2, 'changed'))

# nonlocal updates through the cell, across many calls.
def make_counter():
    count = 0
    def step(by):
        nonlocal count
        count += by
        return count
    return step

c = make_counter()
for i in range(5):
    c(i)
print(c(0))  # expect: 10

# Recursion through a closure cell.
def outer(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return fact(n)

print(outer(10))  # expect: 3628800

# Defaults, keywords, wrong counts: the general binding, same messages.
def make_scaled(factor):
    def scaled(x, plus=0):
        return x * factor + plus
    return scaled

s = make_scaled(3)
print(s(2), s(2, 1), s(x=2, plus=5))  # expect: 6 7 11
try:
    make_adder(1)()
except TypeError as e:
    print(e)  # expect: make_adder.<locals>.add() missing 1 required positional argument: 'x'
try:
    make_adder(1)(1, 2)
except TypeError as e:
    print(e)  # expect: make_adder.<locals>.add() takes 1 positional argument but 2 were given

# A free variable read before the enclosing function assigns it.
def early():
    def read():
        return later
    try:
        read()
    except NameError as e:
        print(e)  # expect: cannot access free variable 'later' where it is not associated with a value in enclosing scope
    later = 1
    return read()

print(early())  # expect: 1

# A cell that is not a parameter starts empty.
def unbound_cell():
    def show():
        return v
    try:
        v
    except UnboundLocalError as e:
        print(e)  # expect: cannot access local variable 'v' where it is not associated with a value
    v = 5
    return show()

print(unbound_cell())  # expect: 5

# Lambdas and methods defined inside functions are closures too.
def compose(f, g):
    return lambda x: f(g(x))

inc = make_adder(1)
print(compose(inc, compose(inc, inc))(0))  # expect: 3

def make_class(tag):
    class K:
        def label(self, n):
            return tag * n
    return K

print(make_class("ab")().label(2))  # expect: abab

# A traceback through closures names each frame's line.
def failing_closure():
    d = {}
    def look(key):
        return d[key]
    return look

try:
    failing_closure()("nope")
except KeyError as e:
    print(repr(e), e.__traceback__.tb_next.tb_lineno)  # expect: KeyError('nope') 108
