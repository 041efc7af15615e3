# dis.dis shows the instructions of functions, generators, coroutines,
# classes and code objects, including where generators suspend.
import dis


class Collect:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


def listing(x):
    c = Collect()
    dis.dis(x, file=c)
    return "".join(c.parts)


def gen(x):
    y = yield x
    yield from range(y)


async def coro(a):
    return await a


class K:
    def method(self):
        return 1


text = listing(gen)
print("YIELD_VALUE" in text, "SEND" in text, "LOAD_FAST" in text)
print("SEND" in listing(coro), "YIELD_VALUE" in listing(coro))
print("Disassembly of method:" in listing(K))
print("YIELD_VALUE" in listing(gen(1)))
print("RETURN_VALUE" in listing(K.method))
print("RETURN_VALUE" in listing(K().method))
try:
    dis.dis(5)
except TypeError as e:
    print(e)
# expect: True True True
# expect: True True
# expect: True
# expect: True
# expect: True
# expect: True
# expect: don't know how to disassemble int objects
