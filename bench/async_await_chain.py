# Coroutine await chains: each call awaits a chain 10 coroutines deep.
import asyncio

async def leaf(x):
    return x + 1

async def chain(depth, x):
    if depth == 0:
        return await leaf(x)
    return await chain(depth - 1, x) + 1

async def main():
    total = 0
    for i in range(30000):
        total += await chain(10, i)
    print(total)

asyncio.run(main())
