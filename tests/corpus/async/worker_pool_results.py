"""A worker pool that processes jobs from a queue and returns results via futures attached to the jobs."""
import asyncio


async def worker(wid, queue):
    while True:
        n, fut = await queue.get()
        try:
            if n < 0:
                raise ValueError(f"negative input {n}")
            await asyncio.sleep(0.001 * (n % 3))
            fut.set_result((n, n ** 3))
        except Exception as e:
            fut.set_exception(e)
        finally:
            queue.task_done()


async def submit(queue, n):
    fut = asyncio.get_running_loop().create_future()
    await queue.put((n, fut))
    return fut


async def main():
    queue = asyncio.Queue()
    workers = [asyncio.create_task(worker(i, queue)) for i in range(3)]
    futures = [await submit(queue, n) for n in [5, -1, 3, 8, 0, 2]]
    results = await asyncio.gather(*futures, return_exceptions=True)
    for r in results:
        print(r if not isinstance(r, Exception) else f"{type(r).__name__}: {r}")
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print("cancelled:", sum(w.cancelled() for w in workers))


asyncio.run(main())
