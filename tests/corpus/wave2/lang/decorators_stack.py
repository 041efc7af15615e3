# Decorators beyond the basics: parametrised decorators, stacking order,
# class decorators, decorating methods, a registry, and a call-counting class decorator.
import functools

log = []


def tag(name):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **k):
            log.append(f"enter {name}")
            try:
                return fn(*a, **k)
            finally:
                log.append(f"exit {name}")
        return wrapper
    log.append(f"decorating with {name}")
    return deco


@tag("outer")
@tag("inner")
def work(x):
    log.append(f"work {x}")
    return x * 2


print(work(21))
print(log)


def retry(times):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, attempt)
                except ValueError as e:
                    print(f"  attempt {attempt} failed: {e}")
            raise RuntimeError(f"{fn.__name__} gave up after {times}")
        return wrapper
    return deco


@retry(3)
def flaky(target, attempt):
    if attempt < target:
        raise ValueError("not yet")
    return f"ok on {attempt}"


print(flaky(2))
try:
    flaky(5)
except RuntimeError as e:
    print("RuntimeError:", e)


class CountCalls:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.calls = 0

    def __call__(self, *a):
        self.calls += 1
        return self.fn(*a)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return functools.partial(self.__call__, obj)


@CountCalls
def hello(n):
    return "hi " * n


print(hello(2), hello(1), hello.calls, hello.__name__)


class Greeter:
    @CountCalls
    def greet(self, who):
        return f"hello {who}"


g = Greeter()
print(g.greet("a"), g.greet("b"), Greeter.greet.calls)
ROUTES = {}


def route(path, methods=("GET",)):
    def deco(fn):
        for m in methods:
            ROUTES[(m, path)] = fn
        return fn
    return deco


@route("/")
def index():
    return "index"


@route("/items", methods=("GET", "POST"))
def items():
    return "items"


print(sorted((m, p, f.__name__) for (m, p), f in ROUTES.items()))


def add_repr(cls):
    fields = list(cls.__init__.__code__.co_varnames[1:cls.__init__.__code__.co_argcount])

    def __repr__(self):
        return f"{cls.__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"

    cls.__repr__ = __repr__
    return cls


@add_repr
class Item:
    def __init__(self, name, qty):
        self.name, self.qty = name, qty


print(Item("bolt", 3), [Item("a", 1)])
print(work.__wrapped__.__name__, work.__wrapped__.__wrapped__(1), getattr(index, "__wrapped__", None))
