# `yield from` over an iterator that is not a generator: the value carried by
# the StopIteration its __next__ (or send) raises is the result of the
# expression; a bare StopIteration gives None.


class Counter:
    def __init__(self, n, result):
        self.i = 0
        self.n = n
        self.result = result

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > self.n:
            if self.result is None:
                raise StopIteration
            raise StopIteration(self.result)
        return self.i


def delegate(it):
    r = yield from it
    print("result", repr(r))


print(list(delegate(Counter(2, "done"))))
# expect: result 'done'
# expect: [1, 2]
print(list(delegate(Counter(1, None))))
# expect: result None
# expect: [1]
print(list(delegate(Counter(0, [1, 2]))))
# expect: result [1, 2]
# expect: []


# A subclass overriding __next__ via inheritance, and a value that is a tuple.
class Sub(Counter):
    pass


def tup():
    r = yield from Sub(1, (3, 4))
    print("tuple result", r)


print(list(tup()))
# expect: tuple result (3, 4)
# expect: [1]


# An iterator with send(): the value sent goes to send(), and its
# StopIteration value ends the delegation.
class Echo(Counter):
    def send(self, v):
        print("send", v)
        if v == "stop":
            raise StopIteration("by send")
        return v * 2


def echo():
    r = yield from Echo(5, "by next")
    print("echo result", r)
    yield "after"


g = echo()
print(next(g))  # expect: 1
print(g.send(21))
# expect: send 21
# expect: 42
print(g.send("stop"))
# expect: send stop
# expect: echo result by send
# expect: after


# The value of a StopIteration subclass is kept too.
class MyStop(StopIteration):
    pass


class Sub2:
    def __iter__(self):
        return self

    def __next__(self):
        raise MyStop("sub value")


def gen2():
    return (yield from Sub2())


try:
    next(gen2())
except StopIteration as e:
    print(type(e).__name__, e.value)  # expect: StopIteration sub value


# Other exceptions from __next__ propagate through the delegation.
class Bad:
    def __iter__(self):
        return self

    def __next__(self):
        raise ValueError("bad next")


def gen3():
    yield from Bad()


try:
    list(gen3())
except ValueError as e:
    print("propagated", e)  # expect: propagated bad next


# await over an __await__ returning such an iterator.
class Awaitable:
    def __await__(self):
        return Counter(0, "awaited")


async def coro():
    return await Awaitable()


c = coro()
try:
    c.send(None)
except StopIteration as e:
    print("await result", e.value)  # expect: await result awaited


# A for loop over the same iterator still just ends.
for x in Counter(2, "ignored"):
    print("for", x)
# expect: for 1
# expect: for 2
