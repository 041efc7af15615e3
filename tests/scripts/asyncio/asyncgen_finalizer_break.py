# An async generator an 'async for' made and left by break is dropped there:
# the loop's finalizer hook (sys.set_asyncgen_hooks) schedules its aclose() as
# a task, so its finally runs one loop iteration later, between the other
# tasks' steps, as in CPython.
import asyncio

async def agen(name, n):
    try:
        for i in range(n):
            yield i
            await asyncio.sleep(0)
    finally:
        print(name, "finally")

async def other():
    for i in range(4):
        print("other", i)
        await asyncio.sleep(0)

async def main():
    t = asyncio.create_task(other())
    async for x in agen("a", 10):
        print("got", x)
        if x == 1:
            break
    print("after loop")
    await asyncio.sleep(0)
    print("after sleep 1")
    await asyncio.sleep(0)
    print("after sleep 2")
    await t

asyncio.run(main())

# expect: got 0
# expect: other 0
# expect: got 1
# expect: after loop
# expect: other 1
# expect: after sleep 1
# expect: other 2
# expect: a finally
# expect: after sleep 2
# expect: other 3
