# asyncio.Condition: wait/notify/notify_all/wait_for with its own or a
# given Lock, the lock taken back after a cancelled wait, and the errors.
# coil-args: --virtual-time
import asyncio

def state(obj):
    r = repr(obj)
    return r[1:r.index(' object')] + ' ' + r[r.index('['):-1]

async def consumer(cond, name, log):
    async with cond:
        log.append(f'{name} waits')
        r = await cond.wait()
        log.append(f'{name} woke {r} locked={cond.locked()}')

async def notify_order():
    cond = asyncio.Condition()
    log = []
    ts = [asyncio.create_task(consumer(cond, n, log)) for n in 'abcd']
    await asyncio.sleep(0)
    print(state(cond))
    async with cond:
        cond.notify()
        log.append('notified 1')
        print(state(cond))
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
        log.append('notified 2')
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
        log.append('notified all')
    await asyncio.gather(*ts)
    for line in log:
        print(line)
    print(state(cond))

async def with_predicate():
    lock = asyncio.Lock()
    cond = asyncio.Condition(lock)
    print(cond.locked() is lock.locked(), cond.acquire == lock.acquire)
    items = []
    async def getter(n):
        async with cond:
            r = await cond.wait_for(lambda: len(items) >= n)
            print('getter', n, 'sees', list(items), r)
    ts = [asyncio.create_task(getter(n)) for n in (3, 1, 2)]
    for i in range(3):
        await asyncio.sleep(0.01)
        async with lock:
            items.append(i)
            print('put', i, 'lock held:', cond.locked())
            cond.notify_all()
    await asyncio.gather(*ts)
    async with cond:
        print('wait_for true at once:', await cond.wait_for(lambda: 'yes'))

async def cancelled_wait():
    cond = asyncio.Condition()
    async def w():
        async with cond:
            try:
                await cond.wait()
            except asyncio.CancelledError:
                print('cancelled; holds the lock again:', cond.locked())
                raise
    t = asyncio.create_task(w())
    await asyncio.sleep(0)
    await cond.acquire()  # so the cancelled waiter must wait for the lock
    t.cancel()
    await asyncio.sleep(0)
    print('still pending:', not t.done(), state(cond))
    cond.release()
    try:
        await t
    except asyncio.CancelledError:
        print('task cancelled:', t.cancelled(), 'lock free:', not cond.locked())

async def errors():
    cond = asyncio.Condition()
    try:
        await cond.wait()
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        cond.notify()
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        cond.notify_all()
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        cond.release()
    except RuntimeError as e:
        print('RuntimeError:', e)

async def main():
    await notify_order()
    await with_predicate()
    await cancelled_wait()
    await errors()

asyncio.run(main())

# Expected output (CPython 3.11):
# expect: asyncio.locks.Condition [unlocked, waiters:4]
# expect: asyncio.locks.Condition [locked, waiters:4]
# expect: a waits
# expect: b waits
# expect: c waits
# expect: d waits
# expect: notified 1
# expect: a woke True locked=True
# expect: notified 2
# expect: b woke True locked=True
# expect: c woke True locked=True
# expect: notified all
# expect: d woke True locked=True
# expect: asyncio.locks.Condition [unlocked]
# expect: True True
# expect: put 0 lock held: True
# expect: getter 1 sees [0] True
# expect: put 1 lock held: True
# expect: getter 2 sees [0, 1] True
# expect: put 2 lock held: True
# expect: getter 3 sees [0, 1, 2] True
# expect: wait_for true at once: yes
# expect: still pending: True asyncio.locks.Condition [locked]
# expect: cancelled; holds the lock again: True
# expect: task cancelled: True lock free: True
# expect: RuntimeError: cannot wait on un-acquired lock
# expect: RuntimeError: cannot notify on un-acquired lock
# expect: RuntimeError: cannot notify on un-acquired lock
# expect: RuntimeError: Lock is not acquired.
