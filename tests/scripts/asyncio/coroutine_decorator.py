# @asyncio.coroutine as in CPython 3.10 (removed in 3.11, kept by coil for
# the tutorial): a decorated generator function is a generator-based
# coroutine; a plain function is wrapped so its result can be awaited.
# cpython: no
import asyncio

@asyncio.coroutine
def slow(x):
    yield from asyncio.sleep(0.01)
    return x * 2

@asyncio.coroutine
def plain(x):
    return x + 1

async def native():
    a = await slow(5)
    b = await plain(1)
    return a, b

print(asyncio.iscoroutinefunction(slow), asyncio.iscoroutinefunction(plain))
print(asyncio.iscoroutinefunction(native), asyncio.iscoroutinefunction(print))
print(asyncio.get_event_loop().run_until_complete(native()))
loop = asyncio.get_event_loop()
task = loop.create_task(slow(21))
print(loop.run_until_complete(task))
print(asyncio.coroutine(native) is native)

# expect: True True
# expect: True False
# expect: (10, 2)
# expect: 42
# expect: True

# The generators a decorated generator function makes are coroutines for
# asyncio (their code carries CO_ITERABLE_COROUTINE, 0x100).
s = slow(1)
print(asyncio.iscoroutine(s), bool(slow.__code__.co_flags & 0x100))  # expect: True True
s.close()
