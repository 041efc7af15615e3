# LifoQueue and PriorityQueue (a heap laid out as heapq's), str() of queues,
# blocking put/get with maxsize, cancelled getters and putters, and the
# FIFO order of waiters, as CPython 3.11.
# coil-args: --virtual-time
import asyncio

async def orders():
    for cls in (asyncio.Queue, asyncio.LifoQueue, asyncio.PriorityQueue):
        q = cls()
        for x in (5, 1, 4, 2, 3, 9, 0, 7):
            q.put_nowait(x)
        print(cls.__name__, str(q))
        got = [q.get_nowait() for _ in range(4)]
        print('  got', got, str(q), q.qsize())
        print('  rest', [q.get_nowait() for _ in range(q.qsize())], q.empty())
    pq = asyncio.PriorityQueue()
    for item in [(2, 'b'), (1, 'z'), (2, 'a'), (0, 'x'), (1, 'y')]:
        await pq.put(item)
    print(str(pq))
    while not pq.empty():
        print(' ', await pq.get())
    try:
        pq.put_nowait(1)
        pq.put_nowait('x')
    except TypeError as e:
        print('TypeError:', e)

async def bounded_lifo():
    q = asyncio.LifoQueue(maxsize=2)
    async def producer():
        for i in range(5):
            await q.put(i)
            print('put', i, str(q))
    async def consumer():
        for _ in range(5):
            await asyncio.sleep(0.01)
            print('got', await q.get())
            q.task_done()
    await asyncio.gather(producer(), consumer())
    await q.join()
    print(str(q), q.full())
    q.put_nowait('a')
    q.put_nowait('b')
    try:
        q.put_nowait('c')
    except asyncio.QueueFull:
        print('QueueFull', q.full())

async def waiters():
    q = asyncio.PriorityQueue()
    async def getter(name):
        try:
            item = await q.get()
            print(name, 'got', item)
        except asyncio.CancelledError:
            print(name, 'cancelled')
            raise
    ts = [asyncio.create_task(getter(f'g{i}')) for i in range(4)]
    await asyncio.sleep(0)
    print(str(q))
    ts[1].cancel()
    await asyncio.sleep(0)
    print(str(q))
    for x in (30, 10, 20):
        q.put_nowait(x)
    print(str(q))
    await asyncio.gather(*ts, return_exceptions=True)
    print(str(q), [t.cancelled() for t in ts])
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')

async def putter_cancelled():
    q = asyncio.Queue(1)
    q.put_nowait('first')
    async def putter(x):
        await q.put(x)
        print('put', x)
    p1 = asyncio.create_task(putter('p1'))
    p2 = asyncio.create_task(putter('p2'))
    await asyncio.sleep(0)
    print(str(q))
    p1.cancel()
    await asyncio.sleep(0)
    print(str(q), p1.cancelled())
    print(q.get_nowait())
    await p2
    print(str(q))

async def main():
    await orders()
    await bounded_lifo()
    await waiters()
    await putter_cancelled()

asyncio.run(main())

# Expected output (CPython 3.11):
# expect: Queue <Queue maxsize=0 _queue=[5, 1, 4, 2, 3, 9, 0, 7] tasks=8>
# expect:   got [5, 1, 4, 2] <Queue maxsize=0 _queue=[3, 9, 0, 7] tasks=8> 4
# expect:   rest [3, 9, 0, 7] True
# expect: LifoQueue <LifoQueue maxsize=0 _queue=[5, 1, 4, 2, 3, 9, 0, 7] tasks=8>
# expect:   got [7, 0, 9, 3] <LifoQueue maxsize=0 _queue=[5, 1, 4, 2] tasks=8> 4
# expect:   rest [2, 4, 1, 5] True
# expect: PriorityQueue <PriorityQueue maxsize=0 _queue=[0, 2, 1, 5, 3, 9, 4, 7] tasks=8>
# expect:   got [0, 1, 2, 3] <PriorityQueue maxsize=0 _queue=[4, 5, 7, 9] tasks=8> 4
# expect:   rest [4, 5, 7, 9] True
# expect: <PriorityQueue maxsize=0 _queue=[(0, 'x'), (1, 'y'), (2, 'a'), (2, 'b'), (1, 'z')] tasks=5>
# expect:   (0, 'x')
# expect:   (1, 'y')
# expect:   (1, 'z')
# expect:   (2, 'a')
# expect:   (2, 'b')
# expect: TypeError: '<' not supported between instances of 'str' and 'int'
# expect: put 0 <LifoQueue maxsize=2 _queue=[0] tasks=1>
# expect: put 1 <LifoQueue maxsize=2 _queue=[0, 1] tasks=2>
# expect: got 1
# expect: put 2 <LifoQueue maxsize=2 _queue=[0, 2] tasks=2>
# expect: got 2
# expect: put 3 <LifoQueue maxsize=2 _queue=[0, 3] tasks=2>
# expect: got 3
# expect: put 4 <LifoQueue maxsize=2 _queue=[0, 4] tasks=2>
# expect: got 4
# expect: got 0
# expect: <LifoQueue maxsize=2> False
# expect: QueueFull True
# expect: <PriorityQueue maxsize=0 _getters[4]>
# expect: g1 cancelled
# expect: <PriorityQueue maxsize=0 _getters[3]>
# expect: <PriorityQueue maxsize=0 _queue=[10, 30, 20] tasks=3>
# expect: g0 got 10
# expect: g2 got 20
# expect: g3 got 30
# expect: <PriorityQueue maxsize=0 tasks=3> [False, True, False, False]
# expect: QueueEmpty
# expect: <Queue maxsize=1 _queue=['first'] _putters[2] tasks=1>
# expect: <Queue maxsize=1 _queue=['first'] _putters[1] tasks=1> True
# expect: first
# expect: put p2
# expect: <Queue maxsize=1 _queue=['p2'] tasks=2>
