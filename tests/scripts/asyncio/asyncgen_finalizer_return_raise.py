# Left by return or by an exception, an 'async for' drops its generator the
# same way: both aclose() tasks start in the order the generators were
# dropped, and a finally that awaits interleaves with the caller.
import asyncio

async def agen(name):
    try:
        yield 1
        yield 2
    finally:
        print(name, "finally start")
        await asyncio.sleep(0)
        print(name, "finally end")

async def f_return():
    async for x in agen("ret"):
        return x

async def f_exc():
    try:
        async for x in agen("exc"):
            raise ValueError(x)
    except ValueError as e:
        print("caught", e)

async def main():
    print(await f_return())
    print("after return")
    await f_exc()
    print("after exc")
    for i in range(3):
        await asyncio.sleep(0)
        print("tick", i)

asyncio.run(main())
print("done")

# expect: 1
# expect: after return
# expect: caught 1
# expect: after exc
# expect: tick 0
# expect: ret finally start
# expect: exc finally start
# expect: tick 1
# expect: ret finally end
# expect: exc finally end
# expect: tick 2
# expect: done
