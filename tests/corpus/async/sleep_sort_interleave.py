"""Interleaving: 'sleep sort', round-robin countdowns with sleep(0), and as_completed order."""
import asyncio


async def sleeper(n, out):
    await asyncio.sleep(n * 0.01)
    out.append(n)


async def countdown(name, n):
    while n:
        print(f"{name}: {n}")
        await asyncio.sleep(0)
        n -= 1
    print(f"{name}: liftoff")
    return name


async def delayed(value, delay):
    await asyncio.sleep(delay)
    return value


async def main():
    out = []
    await asyncio.gather(*(sleeper(n, out) for n in [5, 1, 4, 2, 3, 0]))
    print("sleep sort:", out)
    print(await asyncio.gather(countdown("A", 3), countdown("B", 2), countdown("C", 1)))
    order = []
    for coro in asyncio.as_completed([delayed("slow", 0.08), delayed("fast", 0.005), delayed("mid", 0.04)]):
        order.append(await coro)
    print("as_completed:", order)


asyncio.run(main())
