# asyncio.Semaphore and BoundedSemaphore: counting, `async with`, locked(),
# FIFO wake-ups, cancellation while waiting, and the errors, as CPython 3.11.
# coil-args: --virtual-time
import asyncio

def state(obj):
    # repr without the address: '<asyncio.locks.Semaphore object at 0x..> [..]'
    r = repr(obj)
    return r[1:r.index(' object')] + ' ' + r[r.index('['):-1]

async def worker(sem, name, delay, log):
    log.append(f'{name} wants')
    async with sem:
        log.append(f'{name} in')
        await asyncio.sleep(delay)
        log.append(f'{name} out')

async def basics():
    sem = asyncio.Semaphore(2)
    print(state(sem), sem.locked())
    log = []
    tasks = [asyncio.create_task(worker(sem, n, d, log))
             for n, d in (('a', 0.3), ('b', 0.05), ('c', 0.05), ('d', 0.05))]
    await asyncio.sleep(0)
    print(state(sem), sem.locked())
    await asyncio.gather(*tasks)
    print(log)
    print(state(sem), sem.locked())
    print(await sem.acquire(), await sem.acquire(), sem.locked())
    sem.release()
    sem.release()
    sem.release()  # a plain Semaphore may go above its initial value
    print(state(sem))

async def zero_value():
    sem = asyncio.Semaphore(0)
    print(sem.locked())
    async def taker(i):
        await sem.acquire()
        print('taker', i, 'acquired')
    ts = [asyncio.create_task(taker(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(state(sem))
    sem.release()
    sem.release()
    print(state(sem))
    await asyncio.sleep(0)
    sem.release()
    await asyncio.gather(*ts)
    print(state(sem))

async def cancel_waiting():
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    async def waiter(name):
        try:
            await sem.acquire()
        except asyncio.CancelledError:
            print(name, 'cancelled while waiting')
            raise
        print(name, 'acquired')
        sem.release()
    t1 = asyncio.create_task(waiter('w1'))
    t2 = asyncio.create_task(waiter('w2'))
    await asyncio.sleep(0)
    t1.cancel()
    await asyncio.sleep(0)
    print(t1.cancelled(), state(sem))
    sem.release()
    await t2
    print(state(sem))

async def cancel_after_wakeup():
    # w1 is handed the unit by release(), then cancelled before it runs:
    # the unit passes on to w2.
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    order = []
    async def waiter(name):
        try:
            async with sem:
                order.append(name)
        except asyncio.CancelledError:
            order.append(name + ' cancelled')
    t1 = asyncio.create_task(waiter('w1'))
    t2 = asyncio.create_task(waiter('w2'))
    await asyncio.sleep(0)
    sem.release()
    t1.cancel()
    await asyncio.gather(t1, t2)
    print(order, state(sem))

async def bounded():
    bs = asyncio.BoundedSemaphore(2)
    print(state(bs), isinstance(bs, asyncio.Semaphore))
    async with bs:
        async with bs:
            print(state(bs))
    try:
        bs.release()
    except ValueError as e:
        print('ValueError:', e)
    print(state(bs))

def errors():
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError:', e)
    try:
        asyncio.BoundedSemaphore(-2)
    except ValueError as e:
        print('ValueError:', e)

async def main():
    await basics()
    await zero_value()
    await cancel_waiting()
    await cancel_after_wakeup()
    await bounded()
    errors()

asyncio.run(main())

# Expected output (CPython 3.11):
# expect: asyncio.locks.Semaphore [unlocked, value:2] False
# expect: asyncio.locks.Semaphore [locked, waiters:2] True
# expect: ['a wants', 'a in', 'b wants', 'b in', 'c wants', 'd wants', 'b out', 'c in', 'c out', 'd in', 'd out', 'a out']
# expect: asyncio.locks.Semaphore [unlocked, value:2] False
# expect: True True True
# expect: asyncio.locks.Semaphore [unlocked, value:3]
# expect: True
# expect: asyncio.locks.Semaphore [locked, waiters:3]
# expect: asyncio.locks.Semaphore [locked, waiters:3]
# expect: taker 0 acquired
# expect: taker 1 acquired
# expect: taker 2 acquired
# expect: asyncio.locks.Semaphore [locked]
# expect: w1 cancelled while waiting
# expect: True asyncio.locks.Semaphore [locked, waiters:1]
# expect: w2 acquired
# expect: asyncio.locks.Semaphore [unlocked, value:1]
# expect: ['w1 cancelled', 'w2'] asyncio.locks.Semaphore [unlocked, value:1]
# expect: asyncio.locks.BoundedSemaphore [unlocked, value:2] True
# expect: asyncio.locks.BoundedSemaphore [locked]
# expect: ValueError: BoundedSemaphore released too many times
# expect: asyncio.locks.BoundedSemaphore [unlocked, value:2]
# expect: ValueError: Semaphore initial value must be >= 0
# expect: ValueError: Semaphore initial value must be >= 0
