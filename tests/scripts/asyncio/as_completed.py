# asyncio.as_completed: results in completion order (exceptions raised by the
# await), a timeout, duplicates counted once, and its TypeError.
# coil-args: --virtual-time
import asyncio

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f'{name} failed')
    return name

async def main():
    # Coroutines: the order they start in does not show, only completion.
    for f in asyncio.as_completed([job('slow', 0.03), job('fast', 0.01), job('mid', 0.02)]):
        print('got', await f)

    tasks = [asyncio.create_task(job(n, d, n == 'bad'))
             for n, d in (('a', 0.04), ('bad', 0.02), ('b', 0.01))]
    it = asyncio.as_completed(tasks + [tasks[0]])
    print(type(it).__name__)
    n = 0
    for f in it:
        n += 1
        try:
            print('ok', await f)
        except ValueError as e:
            print('error', e)
    print('awaited', n)

    # Timeout: what is not done by then raises TimeoutError, each in turn.
    late = asyncio.create_task(job('late', 0.3))
    for f in asyncio.as_completed([job('early', 0.01), late], timeout=0.1):
        try:
            print('ok', await f)
        except asyncio.TimeoutError:
            print('TimeoutError; late still running:', not late.done())
    print(await late)

    # A finished future comes out at once; an empty list yields nothing.
    fut = asyncio.get_running_loop().create_future()
    fut.set_result('ready')
    print([await f for f in asyncio.as_completed([fut])])
    print(list(asyncio.as_completed([])))

    for bad in (fut, job('x', 0)):
        try:
            next(asyncio.as_completed(bad))
        except TypeError as e:
            print('TypeError:', e)
    bad.close()

asyncio.run(main())

# Expected output (CPython 3.11):
# expect: got fast
# expect: got mid
# expect: got slow
# expect: generator
# expect: ok b
# expect: error bad failed
# expect: ok a
# expect: awaited 3
# expect: ok early
# expect: TimeoutError; late still running: True
# expect: late
# expect: ['ready']
# expect: []
# expect: TypeError: expect an iterable of futures, not Future
# expect: TypeError: expect an iterable of futures, not coroutine
