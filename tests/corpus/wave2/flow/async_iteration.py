# Async iteration: async generators with asend/athrow/aclose, async
# comprehensions, __aiter__/__anext__ classes, async with on a class, and anext() defaults.
import asyncio


class Ticker:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0)
        return self.n


class Session:
    async def __aenter__(self):
        print("  open session")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print("  close session", exc_type.__name__ if exc_type else None)
        return exc_type is KeyError


async def squares(n):
    for i in range(n):
        received = yield i * i
        if received:
            print("  squares got", received)


async def main():
    print([x async for x in Ticker(4)])
    print({x: x * 2 async for x in Ticker(3) if x})
    agen = squares(5)
    print(await agen.__anext__(), await agen.asend("hi"), await anext(agen))
    try:
        await agen.athrow(ValueError("stop"))
    except ValueError as e:
        print("athrow raised", e)
    print(await anext(agen, "exhausted"))
    agen2 = squares(3)
    await anext(agen2)
    await agen2.aclose()
    print(type(agen2).__name__, squares.__name__)
    async with Session() as s:
        print("  inside", type(s).__name__)
    async with Session():
        raise KeyError("suppressed")
    try:
        async with Session():
            raise IndexError("propagates")
    except IndexError as e:
        print("caught", repr(e))
    total = 0
    async for v in Ticker(5):
        if v == 1:
            break
        total += v
    else:
        print("no else")
    print("total", total)


asyncio.run(main())
