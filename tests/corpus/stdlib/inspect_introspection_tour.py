"""Introspecting a module's classes and functions: kinds of callables, members, generator states."""
import inspect


class Shape:
    """Base shape."""
    sides = 0

    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    @classmethod
    def unit(cls):
        return cls(f"unit-{cls.__name__.lower()}")

    @staticmethod
    def describe():
        return "a shape"

    @property
    def label(self):
        return self.name.upper()


class Square(Shape):
    sides = 4

    def __init__(self, name, side=1):
        super().__init__(name)
        self.side = side

    def area(self):
        return self.side ** 2


def numbers(n):
    for i in range(n):
        yield i


async def fetch():
    return 1


print(inspect.isclass(Square), inspect.isfunction(Square.area), inspect.ismethod(Square("s").area))
print(inspect.ismethod(Square.unit), inspect.isgeneratorfunction(numbers), inspect.iscoroutinefunction(fetch))
print(inspect.isbuiltin(len), inspect.isroutine(len), inspect.isfunction(len), inspect.ismodule(inspect))
methods = [n for n, v in inspect.getmembers(Square, inspect.isfunction)]
print(methods)
print([n for n, v in inspect.getmembers(Square("q", 3)) if not n.startswith("_")])
print(inspect.getmro(Square)[1].__name__, inspect.getdoc(Square), inspect.signature(Square))
print(inspect.signature(Square.unit), inspect.signature(Shape.area), inspect.signature(Square("a").area))
g = numbers(2)
states = [inspect.getgeneratorstate(g)]
next(g)
states.append(inspect.getgeneratorstate(g))
list(g)
states.append(inspect.getgeneratorstate(g))
print(states, inspect.isgenerator(g), inspect.isgenerator(numbers))
c = fetch()
print(inspect.iscoroutine(c), inspect.isawaitable(c), inspect.getcoroutinestate(c))
c.close()
print(inspect.getcoroutinestate(c))
print(inspect.cleandoc("""
    First line.
        indented
    last
"""))
try:
    inspect.signature(42)
except TypeError as e:
    print("TypeError:", e)
spec = inspect.getfullargspec(Square.__init__)
print(spec.args, spec.defaults, spec.varargs)
