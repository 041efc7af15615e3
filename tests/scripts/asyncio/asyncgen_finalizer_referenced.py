# A generator still referenced after its 'async for' is not finalized: it
# waits for asyncio.run's shutdown_asyncgens(), after the ones dropped
# earlier.
import asyncio

async def agen(name):
    try:
        yield 1
        yield 2
    finally:
        print(name, "finally")

async def main():
    g = agen("kept")
    async for x in g:
        break
    print("kept alive")
    async for x in agen("dropped"):
        break
    print("end of main")

asyncio.run(main())
print("done")

# expect: kept alive
# expect: end of main
# expect: dropped finally
# expect: kept finally
# expect: done
