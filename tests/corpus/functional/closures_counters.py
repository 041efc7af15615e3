"""Closures: counters with nonlocal, accumulators, late binding pitfalls, function factories, cells."""


def make_counter(start=0, step=1):
    count = start

    def counter():
        nonlocal count
        value = count
        count += step
        return value
    return counter


def make_accumulator():
    items = []

    def add(x=None):
        if x is not None:
            items.append(x)
        return sum(items)
    return add


def make_multipliers_wrong():
    return [lambda x: x * i for i in range(4)]


def make_multipliers_right():
    return [lambda x, i=i: x * i for i in range(4)]


def bank(balance):
    def deposit(n):
        nonlocal balance
        balance += n
        return balance

    def withdraw(n):
        nonlocal balance
        if n > balance:
            raise ValueError("insufficient funds")
        balance -= n
        return balance

    def get():
        return balance
    return deposit, withdraw, get


def outer():
    x = "outer"

    def middle():
        def inner():
            return x
        return inner
    x = "changed before call"
    return middle()


c1, c2 = make_counter(), make_counter(100, 10)
print([c1() for _ in range(3)], [c2() for _ in range(3)], c1())
acc = make_accumulator()
print(acc(10), acc(5), acc(), acc(-3))
print([f(2) for f in make_multipliers_wrong()], [f(2) for f in make_multipliers_right()])
dep, wd, get = bank(100)
dep(50)
wd(30)
try:
    wd(1000)
except ValueError as e:
    print("ValueError:", e)
print(get(), dep.__closure__[0].cell_contents, dep.__code__.co_freevars)
print(outer()())
x = "global"


def read_global():
    return x


def shadow():
    try:
        print(x)
        x = 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


def set_global():
    global x
    x = "set by function"


print(read_global())
shadow()
set_global()
print(x, read_global())
compose = lambda *fns: (lambda v: __import__("functools").reduce(lambda acc, f: f(acc), fns, v))
print(compose(str.strip, str.upper, lambda s: s + "!")("  hi  "))
