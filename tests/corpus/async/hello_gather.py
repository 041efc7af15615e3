"""The asyncio tutorial basics: coroutines, await, create_task, gather with results in order."""
import asyncio


async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)
    return what.upper()


async def factorial(name, number):
    f = 1
    for i in range(2, number + 1):
        print(f"Task {name}: compute factorial({number}), currently i={i}...")
        await asyncio.sleep(0)
        f *= i
    print(f"Task {name}: factorial({number}) = {f}")
    return f


async def main():
    print("started")
    await say_after(0.01, "hello")
    await say_after(0.02, "world")
    task1 = asyncio.create_task(say_after(0.02, "second"))
    task2 = asyncio.create_task(say_after(0.01, "first"))
    print(await task1, await task2)
    results = await asyncio.gather(factorial("A", 2), factorial("B", 3), factorial("C", 4))
    print(results)
    coro = say_after(0, "x")
    print(asyncio.iscoroutinefunction(main), asyncio.iscoroutine(coro))
    await coro


asyncio.run(main())
