"""Producer/consumer with asyncio.Queue: several workers, task_done/join, sentinel shutdown."""
import asyncio


async def producer(queue, n):
    for i in range(n):
        await queue.put(i)
        print(f"produced {i} (size {queue.qsize()})")
        await asyncio.sleep(0)
    print("producer done")


async def worker(name, queue, results):
    while True:
        item = await queue.get()
        try:
            await asyncio.sleep(0.001 * (item % 3))
            results.append((name, item * item))
        finally:
            queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=3)
    results = []
    workers = [asyncio.create_task(worker(f"w{i}", queue, results)) for i in range(3)]
    await producer(queue, 10)
    await queue.join()
    print("queue drained, unfinished items:", queue.qsize())
    for w in workers:
        w.cancel()
    outcome = await asyncio.gather(*workers, return_exceptions=True)
    print([type(o).__name__ for o in outcome])
    print(sorted(r for _, r in results))
    print(len({name for name, _ in results}) >= 1)
    q = asyncio.Queue()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    full = asyncio.Queue(1)
    full.put_nowait("x")
    try:
        full.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull", full.full())


asyncio.run(main())
