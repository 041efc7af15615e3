# asyncio synchronisation with yields instead of timings: Lock fairness, Condition
# notify/notify_all, BoundedSemaphore over-release, Barrier phases, call_soon ordering.
import asyncio


async def main():
    lock = asyncio.Lock()
    order = []

    async def critical(name, steps):
        async with lock:
            order.append(f"{name} in")
            for _ in range(steps):
                await asyncio.sleep(0)
            order.append(f"{name} out")

    await asyncio.gather(critical("a", 2), critical("b", 0), critical("c", 1))
    print(order, lock.locked())
    cond = asyncio.Condition()
    items, got = [], []

    async def consumer(name):
        async with cond:
            await cond.wait_for(lambda: items)
            got.append((name, items.pop(0)))

    cs = [asyncio.create_task(consumer(f"c{i}")) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        items.append("first")
        cond.notify()
    await asyncio.sleep(0)
    async with cond:
        items.extend(["second", "third"])
        cond.notify_all()
    await asyncio.gather(*cs)
    print(got)
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)
    barrier = asyncio.Barrier(3)
    phases = []

    async def runner(i):
        phases.append(f"r{i} before")
        pos = await barrier.wait()
        phases.append(f"r{i} after")
        return pos

    positions = await asyncio.gather(*(runner(i) for i in range(3)))
    print(phases, sorted(positions), barrier.n_waiting, barrier.parties)
    loop = asyncio.get_running_loop()
    calls = []
    loop.call_soon(calls.append, "soon1")
    loop.call_soon(calls.append, "soon2")
    fut = loop.create_future()
    fut.add_done_callback(lambda f: calls.append(f"done {f.result()}"))
    loop.call_soon(fut.set_result, 42)
    print(await fut, calls)
    await asyncio.sleep(0)
    print(calls)
    h = loop.call_soon(calls.append, "cancelled")
    h.cancel()
    await asyncio.sleep(0)
    print(calls[-1], h.cancelled())


asyncio.run(main())
