# A producer/worker pool on asyncio.Queue with join/task_done, a PriorityQueue,
# a Semaphore-limited section, an Event, and deterministic output ordering.
import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)
    for _ in range(3):
        await q.put(None)


async def worker(name, q, results, sem):
    while True:
        item = await q.get()
        try:
            if item is None:
                return
            async with sem:
                await asyncio.sleep(0.001 * (item % 3))
                results.append((item, item * item))
        finally:
            q.task_done()


async def main():
    q = asyncio.Queue(maxsize=4)
    results = []
    sem = asyncio.Semaphore(2)
    workers = [asyncio.create_task(worker(f"w{i}", q, results, sem)) for i in range(3)]
    await producer(q, 12)
    await q.join()
    await asyncio.gather(*workers)
    print(sorted(results), q.empty(), q.qsize(), q.maxsize)
    pq = asyncio.PriorityQueue()
    for prio, job in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]:
        pq.put_nowait((prio, job))
    print([pq.get_nowait() for _ in range(pq.qsize())])
    try:
        asyncio.Queue().get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    full = asyncio.Queue(1)
    full.put_nowait(1)
    try:
        full.put_nowait(2)
    except asyncio.QueueFull:
        print("QueueFull", full.full())
    ev = asyncio.Event()
    seen = []

    async def waiter(i):
        await ev.wait()
        seen.append(i)

    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("before set", seen, ev.is_set())
    ev.set()
    await asyncio.gather(*ws)
    print("after set", seen)
    lq = asyncio.LifoQueue()
    for c in "abc":
        lq.put_nowait(c)
    print("".join(lq.get_nowait() for _ in range(3)))


asyncio.run(main())
