# return out of an 'async for' inside try/finally and async with: the
# generator's aclose() task runs after the caller's cleanup, interleaved with
# another task.
import asyncio, contextlib

@contextlib.asynccontextmanager
async def cm():
    print("enter")
    try:
        yield
    finally:
        print("exit")

async def agen():
    try:
        for i in range(5):
            yield i
    finally:
        print("agen finally")

async def f():
    async with cm():
        try:
            async for i in agen():
                if i == 2:
                    return i
        finally:
            print("f finally")

async def other():
    for i in range(3):
        print("other", i)
        await asyncio.sleep(0)

async def main():
    t = asyncio.create_task(other())
    print(await f())
    await t

asyncio.run(main())

# expect: enter
# expect: f finally
# expect: exit
# expect: 2
# expect: other 0
# expect: other 1
# expect: agen finally
# expect: other 2
