# @types.coroutine marks the generator function's code as an iterable
# coroutine (CPython's CO_ITERABLE_COROUTINE, 0x100 in co_flags): the
# generators it makes are coroutines for asyncio, can be awaited, and can
# `yield from` native coroutines. co_flags uses CPython's numbering.
import asyncio
import types

CO_GENERATOR = 0x20
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200


@types.coroutine
def legacy_sleep(n):
    yield from asyncio.sleep(0)
    return n * 2


def plain_gen():
    yield 1


g = legacy_sleep(1)
print(asyncio.iscoroutine(g), type(g).__name__)  # expect: True generator
print(bool(legacy_sleep.__code__.co_flags & CO_ITERABLE_COROUTINE))  # expect: True
print(bool(plain_gen.__code__.co_flags & CO_ITERABLE_COROUTINE))  # expect: False
# Python 3.11's asyncio.iscoroutine also accepts a plain generator.
print(asyncio.iscoroutine(plain_gen()))  # expect: True
print(asyncio.iscoroutine(1), asyncio.iscoroutine(plain_gen))  # expect: False False
g.close()


async def native():
    return "native"


c = native()
print(asyncio.iscoroutine(c))  # expect: True
c.close()
# A types.coroutine generator function is not a coroutine function.
print(asyncio.iscoroutinefunction(legacy_sleep), asyncio.iscoroutinefunction(native))
# expect: False True


# co_flags in CPython's numbering for each kind of function.
def f():
    pass


def varargs(*a, **k):
    pass


def outer():
    def inner():
        pass
    return inner


async def agen():
    yield


class K:
    def method(self):
        pass


print(f.__code__.co_flags, varargs.__code__.co_flags, outer().__code__.co_flags)  # expect: 3 15 19
print(plain_gen.__code__.co_flags & CO_GENERATOR, native.__code__.co_flags & CO_COROUTINE,
      agen.__code__.co_flags & CO_ASYNC_GENERATOR)  # expect: 32 128 512
print(K.method.__code__.co_flags, (lambda: 0).__code__.co_flags)  # expect: 3 3
print(compile("x = 1", "<s>", "exec").co_flags)  # expect: 0


# Awaited from a native coroutine; it awaits a native coroutine in turn.
@types.coroutine
def bridge():
    r = yield from native()
    return "bridge " + r


async def main():
    print(await legacy_sleep(21))
    print(await bridge())
    # A Task over a @types.coroutine generator.
    print(await asyncio.ensure_future(legacy_sleep(5)))
    print(await asyncio.gather(legacy_sleep(1), legacy_sleep(2)))


asyncio.run(main())
# expect: 42
# expect: bridge native
# expect: 10
# expect: [2, 4]


# Wrapping a function that is not a generator function: its generator
# results are marked when they are made.
def returns_gen():
    return plain_gen()


wrapped = types.coroutine(returns_gen)
print(wrapped is returns_gen, asyncio.iscoroutine(wrapped()))  # expect: False True
try:
    types.coroutine(1)
except TypeError as e:
    print(e)  # expect: types.coroutine() expects a callable
