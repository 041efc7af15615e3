# Async generators (PEP 525): async for, async comprehensions, asend,
# athrow, aclose, awaits inside the body, and their errors.
import asyncio

async def ticks(n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            got = yield i
            if got is not None:
                print("got", got)
    finally:
        print("ticks finally")

async def echo():
    value = None
    while True:
        try:
            value = yield value
        except KeyError as e:
            value = "handled " + repr(e)

async def main():
    async for v in ticks(3):
        print("v", v)
    print([v * 10 async for v in ticks(4) if v % 2 == 0])
    print({v: str(v) async for v in ticks(2)})

    g = ticks(5)
    print(await g.__anext__())
    print(await g.asend("hello"))
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted after aclose")

    e = echo()
    print(await e.asend(None))
    print(await e.asend(1))
    print(await e.athrow(KeyError("k")))
    print(await e.athrow(KeyError, "k2"))
    try:
        await e.athrow(ValueError("boom"))
    except ValueError as err:
        print("propagated", err)
    try:
        await e.asend(2)
    except StopAsyncIteration:
        print("echo done")

    one = ticks(1)
    aw = one.__anext__()
    print(await aw)
    try:
        await aw
    except RuntimeError as err:
        print(err)
    await one.aclose()

    async def stubborn():
        try:
            yield 1
        finally:
            yield 2
    s = stubborn()
    await s.__anext__()
    try:
        await s.aclose()
    except RuntimeError as err:
        print(err)

    async def bad():
        yield 1
        raise StopAsyncIteration
    try:
        async for v in bad():
            print("bad", v)
    except RuntimeError as err:
        print(err)

    print(type(ticks(1)).__name__, hasattr(ticks(1), "__aiter__"))
    it = ticks(2)
    print(it.__aiter__() is it)

    # A task cancelled while it iterates an async generator that awaits:
    # CancelledError is raised inside the generator, so its finally runs.
    async def slow():
        try:
            while True:
                await asyncio.sleep(10)
                yield 1
        finally:
            print("slow finally")
    async def consume():
        async for _ in slow():
            pass
    t = asyncio.create_task(consume())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("consumer cancelled")

asyncio.run(main())
# expect: v 0
# expect: v 1
# expect: v 2
# expect: ticks finally
# expect: ticks finally
# expect: [0, 20]
# expect: ticks finally
# expect: {0: '0', 1: '1'}
# expect: 0
# expect: got hello
# expect: 1
# expect: ticks finally
# expect: exhausted after aclose
# expect: None
# expect: 1
# expect: handled KeyError('k')
# expect: handled KeyError('k2')
# expect: propagated boom
# expect: echo done
# expect: 0
# expect: cannot reuse already awaited __anext__()/asend()
# expect: ticks finally
# expect: async generator ignored GeneratorExit
# expect: bad 1
# expect: async generator raised StopAsyncIteration
# expect: async_generator True
# expect: True
# expect: slow finally
# expect: consumer cancelled
