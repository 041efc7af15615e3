# An exception leaving an 'async for' finalizes its generator before the
# handler runs: the aclose() task exists at once (all_tasks) and is gone one
# iteration later.
import asyncio

async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")

async def inner():
    async for x in agen():
        raise KeyError(x)

async def main():
    try:
        await inner()
    except KeyError as e:
        print("caught", e)
    print("tasks", len(asyncio.all_tasks()))
    await asyncio.sleep(0)
    print("tasks after", len(asyncio.all_tasks()))
    await asyncio.sleep(0)
    print("end")

asyncio.run(main())

# expect: caught 1
# expect: tasks 1
# expect: tasks after 2
# expect: agen finally
# expect: end
