"""Exceptions crossing task boundaries: gather with/without return_exceptions, task.exception(),
exception chaining through awaits, and a traceback-free error summary."""
import asyncio


async def divide(a, b):
    await asyncio.sleep(0)
    return a / b


async def lookup(key):
    await asyncio.sleep(0)
    return {"a": 1}[key]


async def wrapper():
    try:
        await lookup("zz")
    except KeyError as e:
        raise RuntimeError("lookup failed") from e


async def main():
    print(await asyncio.gather(divide(1, 2), lookup("a")))
    results = await asyncio.gather(divide(1, 0), lookup("b"), divide(9, 3), return_exceptions=True)
    for r in results:
        print(type(r).__name__, r)
    try:
        await asyncio.gather(divide(4, 2), divide(1, 0))
    except ZeroDivisionError as e:
        print("gather raised", repr(e))
    t = asyncio.create_task(lookup("q"))
    await asyncio.sleep(0.001)
    print("task exception:", repr(t.exception()), t.done())
    try:
        await wrapper()
    except RuntimeError as e:
        print(repr(e), "caused by", repr(e.__cause__), e.__suppress_context__)
    try:
        await asyncio.wait_for(divide(1, 0), timeout=1)
    except ZeroDivisionError as e:
        print("wait_for propagated:", e)


asyncio.run(main())
try:
    asyncio.run(divide(1, 0))
except ZeroDivisionError as e:
    print("asyncio.run propagated:", e)
