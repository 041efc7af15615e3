"""Decorators people write: call counting, logging arguments, memoization, type checks, decorator factories."""
import functools


def count_calls(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


def log_args(prefix=">>"):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            parts = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
            result = fn(*args, **kwargs)
            print(f"{prefix} {fn.__name__}({', '.join(parts)}) = {result!r}")
            return result
        return wrapper
    return decorate


def memoize(fn):
    cache = {}

    @functools.wraps(fn)
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper


def typecheck(fn):
    hints = fn.__annotations__

    @functools.wraps(fn)
    def wrapper(*args):
        names = fn.__code__.co_varnames[:fn.__code__.co_argcount]
        for name, value in zip(names, args):
            if name in hints and not isinstance(value, hints[name]):
                raise TypeError(f"{fn.__name__}: {name} must be {hints[name].__name__}")
        return fn(*args)
    return wrapper


@count_calls
@memoize
def fib(n):
    """Fibonacci, memoized."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@log_args()
def add(a, b=0, *, scale=1):
    return (a + b) * scale


@log_args("##")
def greet(name):
    return f"hi {name}"


@typecheck
def repeat(text: str, n: int) -> str:
    return text * n


print(fib(30), fib.calls, len(fib.cache), fib.__name__, fib.__doc__)
add(1, 2)
add(3, scale=10)
greet("bob")
print(repeat("ab", 3))
try:
    repeat("ab", "3")
except TypeError as e:
    print("TypeError:", e)
print(add.__wrapped__(5, 5), add.__name__, repeat.__annotations__)


def singleton_class(cls):
    instances = {}

    @functools.wraps(cls, updated=())
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get


@singleton_class
class Registry:
    def __init__(self):
        self.items = []


Registry().items.append(1)
print(Registry().items, Registry.__name__)
