# Edge cases: custom awaitables, ensure_future on them, bad yields, a task
# awaiting itself, wait(FIRST_COMPLETED), shield, reusing a coroutine, and
# get_event_loop after asyncio.run.
import asyncio

class Aw:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return 'custom'

async def main():
    print(await Aw())
    t = asyncio.ensure_future(Aw())
    print(type(t).__name__, await t)
    try:
        asyncio.create_task(5)
    except TypeError as e:
        print(e)
    async def me():
        await asyncio.current_task()
    try:
        await asyncio.create_task(me())
    except RuntimeError as e:
        print(str(e)[:30])
    async def bad_yield():
        await BadAw()
    class BadAw:
        def __await__(self):
            yield 5
    try:
        await asyncio.create_task(bad_yield())
    except RuntimeError as e:
        print(e)
    async def quick(x):
        await asyncio.sleep(x)
        return x
    done, pending = await asyncio.wait([asyncio.create_task(quick(0.01)), asyncio.create_task(quick(1))], return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), [t.result() for t in done])
    for p in pending:
        p.cancel()
    inner = asyncio.create_task(quick(0.02))
    s = asyncio.shield(inner)
    s.cancel()
    print(await inner, s.cancelled())
    try:
        await asyncio.wait([])
    except ValueError as e:
        print(e)
    f = asyncio.Future()
    print(f.get_loop() is asyncio.get_running_loop())
    asyncio.get_running_loop().call_soon(f.set_result, 'via future')
    print(await f)
    try:
        print(asyncio.run(quick(0)))
    except RuntimeError as e:
        print(e)
    c = quick(0)
    await c
    try:
        await c
    except RuntimeError as e:
        print(e)

asyncio.run(main())
try:
    asyncio.run(5)
except ValueError as e:
    print(e)
loop = asyncio.new_event_loop()
async def boom():
    await asyncio.sleep(0)
    raise KeyError('inside')
try:
    loop.run_until_complete(boom())
except KeyError as e:
    print('propagated', e)
print(loop.run_until_complete(asyncio.sleep(0.01, 'slept')))
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print(e)
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)

# expect: custom
# expect: Task custom
# expect: a coroutine was expected, got 5
# expect: Task cannot await on itself: <
# expect: Task got bad yield: 5
# expect: 1 1 [0.01]
# expect: 0.02 True
# expect: Set of Tasks/Futures is empty.
# expect: True
# expect: via future
# expect: asyncio.run() cannot be called from a running event loop
# expect: cannot reuse already awaited coroutine
# expect: a coroutine was expected, got 5
# expect: propagated 'inside'
# expect: slept
# expect: There is no current event loop in thread 'MainThread'.
# expect: True
