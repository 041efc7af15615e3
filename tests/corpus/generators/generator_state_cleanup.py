"""Generator lifecycle: gi_running/gi_frame state, finally on close, exceptions leaving the generator,
re-entrancy errors and generator expressions' early binding."""
import inspect


def resource(name):
    print(f"open {name}")
    try:
        for i in range(3):
            yield f"{name}-{i}"
    finally:
        print(f"close {name}")


g = resource("A")
print(inspect.getgeneratorstate(g))
print(next(g), inspect.getgeneratorstate(g))
g.close()
print(inspect.getgeneratorstate(g))

for item in resource("B"):
    if item.endswith("1"):
        break
print("after break")


def failing():
    yield 1
    raise ValueError("inside generator")


g = failing()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)
print(next(g, "done"))


def self_ref():
    yield next(me)


me = self_ref()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

x = 10
gen = (x + i for i in range(3))
x = 100
print(list(gen))
lazy = [lambda: i for i in range(3)]
print([f() for f in lazy])


def stop_inside():
    yield 1
    raise StopIteration("bad")


try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)


def with_return():
    yield 1
    return "result"


g = with_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("returned:", e.value)
print(inspect.isgeneratorfunction(with_return), inspect.isgenerator(g))
