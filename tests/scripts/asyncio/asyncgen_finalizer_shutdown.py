# A generator kept in a global is closed by shutdown_asyncgens() when
# asyncio.run ends; the one an 'async for' dropped was closed earlier by its
# own task. (One only: CPython keeps them in a WeakSet, whose order varies.)
import asyncio

async def agen(name):
    try:
        yield 1
        yield 2
    finally:
        print(name, "finally")

async def main():
    g1 = agen("g1")
    print(await g1.__anext__())
    global keep
    keep = g1
    async for x in agen("loop"):
        print("loop", x)
        break
    print("main end")

asyncio.run(main())
print("after run")

# expect: 1
# expect: loop 1
# expect: main end
# expect: loop finally
# expect: g1 finally
# expect: after run
