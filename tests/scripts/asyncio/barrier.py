# asyncio.Barrier (3.11): tasks meet, get distinct indexes, the barrier
# refills for another round; reset() and abort() break waiters with
# BrokenBarrierError.
# coil-args: --virtual-time
import asyncio

def state(obj):
    r = repr(obj)
    return r[1:r.index(' object')] + ' ' + r[r.index('['):-1]

async def runner(b, name, delay, log):
    await asyncio.sleep(delay)
    log.append(f'{name} arrives (waiting {b.n_waiting})')
    i = await b.wait()
    log.append(f'{name} passes with index {i}')
    return i

async def rounds():
    b = asyncio.Barrier(3)
    print(state(b), b.parties, b.n_waiting, b.broken)
    log = []
    ts = [asyncio.create_task(runner(b, n, d, log))
          for n, d in (('a', 0.01), ('b', 0.02), ('c', 0.03))]
    await asyncio.sleep(0.025)
    print(state(b))
    print(await asyncio.gather(*ts))
    # Second round on the same barrier, through `async with`.
    async def via_with(name):
        async with b as pos:
            log.append(f'{name} via async with: {pos}')
    await asyncio.gather(*(via_with(n) for n in 'xyz'))
    for line in log:
        print(line)
    print(state(b))

async def reset_breaks_waiters():
    b = asyncio.Barrier(3)
    async def w(name):
        try:
            await b.wait()
        except asyncio.BrokenBarrierError as e:
            print(name, 'BrokenBarrierError:', e)
    ts = [asyncio.create_task(w(n)) for n in ('r1', 'r2')]
    await asyncio.sleep(0)
    print(state(b))
    await b.reset()
    print(state(b))
    await asyncio.gather(*ts)
    print(state(b), b.broken)

async def abort():
    b = asyncio.Barrier(2)
    async def w():
        try:
            await b.wait()
        except asyncio.BrokenBarrierError as e:
            print('waiter BrokenBarrierError:', e)
    t = asyncio.create_task(w())
    await asyncio.sleep(0)
    await b.abort()
    await t
    print(state(b), b.broken, b.n_waiting)
    try:
        await b.wait()
    except asyncio.BrokenBarrierError as e:
        print('late BrokenBarrierError:', e)
    await b.reset()
    print('after reset:', state(b))

async def cancel_waiter():
    b = asyncio.Barrier(2)
    t = asyncio.create_task(b.wait())
    await asyncio.sleep(0)
    print(b.n_waiting)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled, n_waiting =', b.n_waiting)
    print(await asyncio.gather(b.wait(), b.wait()))

async def main():
    await rounds()
    await reset_breaks_waiters()
    await abort()
    await cancel_waiter()
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print('ValueError:', e)
    print(issubclass(asyncio.BrokenBarrierError, RuntimeError))

asyncio.run(main())

# Expected output (CPython 3.11):
# expect: asyncio.locks.Barrier [filling, waiters:0/3] 3 0 False
# expect: asyncio.locks.Barrier [filling, waiters:2/3]
# expect: [0, 1, 2]
# expect: a arrives (waiting 0)
# expect: b arrives (waiting 1)
# expect: c arrives (waiting 2)
# expect: c passes with index 2
# expect: a passes with index 0
# expect: b passes with index 1
# expect: z via async with: 2
# expect: x via async with: 0
# expect: y via async with: 1
# expect: asyncio.locks.Barrier [filling, waiters:0/3]
# expect: asyncio.locks.Barrier [filling, waiters:2/3]
# expect: asyncio.locks.Barrier [resetting, waiters:0/3]
# expect: r1 BrokenBarrierError: Abort or reset of barrier
# expect: r2 BrokenBarrierError: Abort or reset of barrier
# expect: asyncio.locks.Barrier [filling, waiters:0/3] False
# expect: waiter BrokenBarrierError: Abort or reset of barrier
# expect: asyncio.locks.Barrier [broken] True 0
# expect: late BrokenBarrierError: Barrier aborted
# expect: after reset: asyncio.locks.Barrier [filling, waiters:0/2]
# expect: 1
# expect: cancelled, n_waiting = 0
# expect: [0, 1]
# expect: ValueError: parties must be > 0
# expect: True
