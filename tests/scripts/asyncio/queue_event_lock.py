# Queue (producer/consumers, join), Event and Lock, as CPython's asyncio.
import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print('put', i)
    await q.join()
    print('all processed')

async def consumer(name, q):
    while True:
        item = await q.get()
        print(name, 'got', item)
        await asyncio.sleep(0)
        q.task_done()

async def waiter(ev, name):
    print(name, 'waiting')
    await ev.wait()
    print(name, 'woke')

async def locked(lock, name):
    async with lock:
        print(name, 'holds the lock')
        await asyncio.sleep(0)
        print(name, 'releases')

async def main():
    q = asyncio.Queue(maxsize=2)
    workers = [asyncio.create_task(consumer(c, q)) for c in 'AB']
    await producer(q, 5)
    for w in workers:
        w.cancel()
    print(q.empty(), q.qsize(), q.maxsize, q.full())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')
    ev = asyncio.Event()
    ws = [asyncio.create_task(waiter(ev, n)) for n in ('w1', 'w2')]
    await asyncio.sleep(0)
    print(ev.is_set())
    ev.set()
    await asyncio.gather(*ws)
    lock = asyncio.Lock()
    await asyncio.gather(*(locked(lock, n) for n in ('l1', 'l2', 'l3')))
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print(e)

asyncio.run(main())

# expect: put 0
# expect: put 1
# expect: A got 0
# expect: B got 1
# expect: put 2
# expect: put 3
# expect: A got 2
# expect: B got 3
# expect: put 4
# expect: A got 4
# expect: all processed
# expect: True 0 2 False
# expect: QueueEmpty
# expect: w1 waiting
# expect: w2 waiting
# expect: False
# expect: w1 woke
# expect: w2 woke
# expect: l1 holds the lock
# expect: l1 releases
# expect: l2 holds the lock
# expect: l2 releases
# expect: l3 holds the lock
# expect: l3 releases
# expect: False
# expect: Lock is not acquired.
