"""Decorating generators and methods: properties caching, classmethod counters, staticmethod
helpers, and stacking decorators (order matters)."""
import functools


def trace(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        print(f"-> {fn.__qualname__}")
        try:
            return fn(*a, **k)
        finally:
            print(f"<- {fn.__qualname__}")
    return wrapper


def bold(fn):
    return lambda *a: "<b>" + fn(*a) + "</b>"


def italic(fn):
    return lambda *a: "<i>" + fn(*a) + "</i>"


@bold
@italic
def hello(name):
    return f"hello {name}"


@italic
@bold
def bye(name):
    return f"bye {name}"


def take_first(n):
    def decorate(gen_fn):
        @functools.wraps(gen_fn)
        def wrapper(*a, **k):
            gen = gen_fn(*a, **k)
            for _, item in zip(range(n), gen):
                yield item
            gen.close()
        return wrapper
    return decorate


@take_first(4)
def naturals():
    i = 0
    try:
        while True:
            yield i
            i += 1
    finally:
        print("naturals closed at", i)


class Circle:
    instances = 0

    def __init__(self, r):
        self.r = r
        Circle.instances += 1

    @property
    @trace
    def area(self):
        return round(3.14159 * self.r ** 2, 2)

    @classmethod
    @trace
    def unit(cls):
        return cls(1)

    @staticmethod
    def describe(r):
        return f"circle of radius {r}"


print(hello("ann"), bye("bob"))
print(list(naturals()))
c = Circle.unit()
print(c.area, Circle.instances, Circle.describe(2), c.describe(3))
print(naturals.__name__, Circle.area.fget.__name__, type(Circle.__dict__["unit"]).__name__)
