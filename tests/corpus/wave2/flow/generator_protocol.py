# The generator protocol in detail: send before start, return values in
# StopIteration, throw with handlers, close running finally, gi_* state inspection.
import inspect


def averager():
    total = count = 0
    avg = None
    while True:
        try:
            value = yield avg
        except ValueError as e:
            print("  averager ignoring", e)
            continue
        if value is None:
            return (count, avg)
        total += value
        count += 1
        avg = total / count


g = averager()
print(inspect.getgeneratorstate(g))
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)
print(next(g), g.send(10), g.send(20), g.throw(ValueError("bad")), g.send(30))
print(inspect.getgeneratorstate(g))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value, e.args)
print(inspect.getgeneratorstate(g))
try:
    next(g)
except StopIteration as e:
    print("again:", e.value)


def guarded():
    try:
        yield 1
        yield 2
    finally:
        print("  cleanup in guarded")


g2 = guarded()
print(next(g2))
g2.close()
g2.close()
print(inspect.getgeneratorstate(g2), list(g2))


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"


g3 = stubborn()
next(g3)
try:
    g3.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def reraiser():
    yield 1
    raise StopIteration("inside")


try:
    list(reraiser())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
g4 = (x * x for x in range(3))
print(g4.__name__, type(g4).__name__, next(g4), list(g4), list(g4))
try:
    g4.throw(KeyError("k"))
except KeyError as e:
    print("throw into finished:", repr(e))


def running():
    yield gen.gi_running


gen = running()
print(next(gen), gen.gi_running, gen.gi_frame is not None)
try:
    g5 = guarded()
    next(g5)
    g5.throw(IndexError("boom"))
except IndexError as e:
    print("propagated", e)
