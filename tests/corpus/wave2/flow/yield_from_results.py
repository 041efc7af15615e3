# yield from: return values of subgenerators, delegation of send/throw, plain
# iterators, and a tree flattener; all as in the PEP 380 examples.
def accumulate():
    total = 0
    while True:
        term = yield
        if term is None:
            return total
        total += term


def gather_tallies(tallies):
    while True:
        tally = yield from accumulate()
        tallies.append(tally)


tallies = []
acc = gather_tallies(tallies)
next(acc)
for i in range(4):
    acc.send(i)
acc.send(None)
for i in range(5):
    acc.send(i)
acc.send(None)
print(tallies)


def inner():
    try:
        x = yield "inner ready"
        print("  inner got", x)
        yield "inner second"
    except KeyError as e:
        print("  inner handled", repr(e))
        yield "inner recovered"
    return "inner done"


def outer():
    result = yield from inner()
    print("  outer got result", result)
    yield "outer end"


o = outer()
print(next(o), o.send("hello"), o.throw(KeyError("k")), next(o))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration("liftoff")
        self.n -= 1
        return self.n


def launcher():
    r = yield from Countdown(3)
    yield f"result={r}"


print(list(launcher()))


def flatten(tree):
    for node in tree:
        if isinstance(node, (list, tuple)):
            yield from flatten(node)
        else:
            yield node


print(list(flatten([1, [2, [3, (4, 5)], []], [[[6]]], "xy"])))


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain("ab", range(2), {"k": 1}, (x for x in [9]))))
g = outer()
next(g)
g.close()
print("closed outer while inner suspended")
