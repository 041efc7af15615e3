"""yield from: flattening, delegating send/throw to a subgenerator, and collecting return values."""


def flatten(items):
    for x in items:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x


def accumulate_until_none():
    total = 0
    while True:
        value = yield
        if value is None:
            return total
        total += value


def grouper(results, key):
    while True:
        results[key] = yield from accumulate_until_none()


def chain(*iterables):
    for it in iterables:
        yield from it


def inner():
    try:
        x = yield "inner-1"
        print("inner got", x)
        yield "inner-2"
    except KeyError as e:
        print("inner handled KeyError", e)
        yield "inner-recovered"
    finally:
        print("inner finally")
    return "inner-result"


def outer():
    result = yield from inner()
    print("outer got result", result)
    yield "outer-done"


print(list(flatten([1, [2, [3, [4, (5, 6)]]], 7])))
results = {}
for key, values in {"a": [1, 2, 3], "b": [10, 20]}.items():
    g = grouper(results, key)
    next(g)
    for v in values:
        g.send(v)
    g.send(None)
print(results)
print(list(chain("ab", [1, 2], range(3))))

g = outer()
print(next(g))
print(g.send("hello"))
print(next(g))
print(list(g))

g = outer()
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))
g.close()
print("closed")


def gen_return():
    yield 1
    return 99


def wrapper():
    value = yield from gen_return()
    yield value * 2


print(list(wrapper()))
