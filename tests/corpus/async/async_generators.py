"""Async generators and async comprehensions: ticker, async for, aclose/finally, asend/athrow."""
import asyncio


async def ticker(n, delay=0):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        print(f"ticker({n}) cleanup")


async def async_map(fn, agen):
    async for item in agen:
        yield fn(item)


async def echo():
    received = None
    try:
        while True:
            received = yield f"echo:{received}"
    except ValueError as e:
        yield f"handled {e}"


class AsyncRange:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        self.i = 0
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.i += 1
        return self.i - 1


async def main():
    async for i in ticker(3):
        print("tick", i)
    squares = [x async for x in async_map(lambda v: v * v, ticker(5))]
    print(squares)
    evens = {x: x + 1 async for x in ticker(6) if x % 2 == 0}
    print(evens)
    agen = ticker(10)
    async for i in agen:
        if i == 2:
            break
    await agen.aclose()
    print("closed early")
    e = echo()
    print(await e.asend(None))
    print(await e.asend("hi"))
    print(await e.athrow(ValueError("oops")))
    print([x async for x in AsyncRange(4)])
    it = AsyncRange(2).__aiter__()
    print(await it.__anext__(), await it.__anext__())
    try:
        await it.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")
    print(type(ticker(1)).__name__)


asyncio.run(main())
