# `await f(...)` with keyword arguments, methods, closures and inside async
# generators frees finished coroutines early; ag_await exposure and bad
# arguments still behave as in CPython.
import asyncio

class Box:
    def __init__(self, v):
        self.v = v
    async def get(self, extra=0, *, scale=1):
        return (self.v + extra) * scale

def make_adder(n):
    async def add(x):
        return x + n
    return add

async def ticker(n, box):
    for i in range(n):
        yield await box.get(i, scale=2)

async def slow(fut):
    return await fut

async def agen_waiting(fut):
    yield await slow(fut)

async def main():
    box = Box(3)
    add5 = make_adder(5)
    acc = 0
    for i in range(300):
        acc += await box.get(scale=2) + await box.get(extra=i) + await add5(i)
    print(acc)  # expect: 93900
    print([x async for x in ticker(4, box)])  # expect: [6, 8, 10, 12]
    try:
        await box.get(1, 2)
    except TypeError as e:
        print(e)  # expect: Box.get() takes from 1 to 2 positional arguments but 3 were given
    fut = asyncio.get_running_loop().create_future()
    ag = agen_waiting(fut)
    step = asyncio.ensure_future(ag.__anext__())
    await asyncio.sleep(0)
    inner = ag.ag_await
    print(inner.__qualname__, inner.cr_running, inner.cr_await is not None)  # expect: slow False True
    fut.set_result(7)
    print(await step)  # expect: 7
    done = asyncio.get_running_loop().create_future()
    done.set_result(1)
    for i in range(50):
        await add5(i)
        await slow(done)
    print(inner.__qualname__, inner.cr_frame, inner.cr_await)  # expect: slow None None
    await ag.aclose()

asyncio.run(main())
