# Three gathered tasks each leave an 'async for' at a different step: each
# generator's aclose() task runs after its loop is left, interleaved with the
# others.
import asyncio

async def ticker(name, n):
    try:
        for i in range(n):
            yield i
            await asyncio.sleep(0)
    finally:
        print(name, "closing")
        await asyncio.sleep(0)
        print(name, "closed")

async def worker(name, stop):
    async for i in ticker(name, 10):
        print(name, i)
        if i == stop:
            break
    print(name, "done")

async def main():
    await asyncio.gather(worker("a", 1), worker("b", 2), worker("c", 0))
    print("gathered")
    await asyncio.sleep(0)
    print("slept")

asyncio.run(main())

# expect: a 0
# expect: b 0
# expect: c 0
# expect: c done
# expect: a 1
# expect: a done
# expect: b 1
# expect: b 2
# expect: b done
# expect: c closing
# expect: a closing
# expect: c closed
# expect: a closed
# expect: b closing
# expect: gathered
# expect: b closed
# expect: slept
