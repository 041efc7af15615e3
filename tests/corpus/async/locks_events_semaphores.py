"""Synchronisation primitives: Lock protecting a read-modify-write, Event signalling, Semaphore limits,
Condition-based handoff."""
import asyncio


class Counter:
    def __init__(self):
        self.value = 0
        self.lock = asyncio.Lock()

    async def unsafe_increment(self):
        v = self.value
        await asyncio.sleep(0)
        self.value = v + 1

    async def safe_increment(self):
        async with self.lock:
            v = self.value
            await asyncio.sleep(0)
            self.value = v + 1


async def waiter(name, event, log):
    log.append(f"{name} waiting")
    await event.wait()
    log.append(f"{name} released")


async def limited(i, sem, active, peak):
    async with sem:
        active[0] += 1
        peak[0] = max(peak[0], active[0])
        await asyncio.sleep(0.001)
        active[0] -= 1
    return i


async def main():
    c = Counter()
    await asyncio.gather(*(c.unsafe_increment() for _ in range(50)))
    print("unsafe:", c.value)
    c.value = 0
    await asyncio.gather(*(c.safe_increment() for _ in range(50)))
    print("safe:", c.value, c.lock.locked())

    event, log = asyncio.Event(), []
    tasks = [asyncio.create_task(waiter(n, event, log)) for n in "abc"]
    await asyncio.sleep(0)
    log.append("setting")
    event.set()
    await asyncio.gather(*tasks)
    print(log, event.is_set())

    sem, active, peak = asyncio.Semaphore(3), [0], [0]
    print(await asyncio.gather(*(limited(i, sem, active, peak) for i in range(10))), "peak", peak[0])

    cond = asyncio.Condition()
    items = []

    async def consumer(name):
        async with cond:
            await cond.wait_for(lambda: items)
            print(name, "got", items.pop(0))

    consumers = [asyncio.create_task(consumer(f"c{i}")) for i in range(2)]
    await asyncio.sleep(0)
    for item in ("x", "y"):
        async with cond:
            items.append(item)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*consumers)
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
