# A traceback through a chain of awaited coroutines names every level, also
# after earlier awaits of the same functions returned (and were recycled).
import asyncio

async def leaf(x):
    if x < 0:
        raise KeyError(x)
    return x

async def mid(x):
    return await leaf(x) + 1

async def main():
    print(await mid(1))  # expect: 2
    print(await mid(2))  # expect: 3
    await mid(-1)

asyncio.run(main())
# expect runtime error: KeyError: -1
# expect stderr: Traceback (most recent call last):
# expect stderr:     await mid(-1)
# expect stderr:     return await leaf(x) + 1
# expect stderr:            ^^^^^^^^^^^^^
# expect stderr:     raise KeyError(x)
