"""Timeouts and cancellation: wait_for, asyncio.timeout, shield, CancelledError cleanup, wait()."""
import asyncio


async def slow(name, delay):
    try:
        await asyncio.sleep(delay)
        return f"{name} finished"
    except asyncio.CancelledError:
        print(f"{name} was cancelled, cleaning up")
        raise


async def main():
    print(await asyncio.wait_for(slow("quick", 0.01), timeout=1))
    try:
        await asyncio.wait_for(slow("sluggish", 5), timeout=0.02)
    except asyncio.TimeoutError:
        print("wait_for timed out")
    try:
        async with asyncio.timeout(0.02):
            await slow("in-block", 5)
    except TimeoutError:
        print("asyncio.timeout raised TimeoutError")

    task = asyncio.create_task(slow("victim", 5))
    await asyncio.sleep(0.01)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("task cancelled:", task.cancelled(), task.done())

    inner = asyncio.create_task(slow("shielded", 0.2))
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=0.01)
    except asyncio.TimeoutError:
        print("outer timed out, inner still running:", not inner.done())
    print(await inner)

    tasks = [asyncio.create_task(slow(f"t{i}", d)) for i, d in enumerate((0.001, 0.002, 5, 6))]
    done, pending = await asyncio.wait(tasks, timeout=0.2)
    print(len(done), "done,", len(pending), "pending")
    for t in tasks:
        if t in pending:
            t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    first = [asyncio.create_task(slow(f"r{i}", d)) for i, d in enumerate((0.4, 0.3, 0.005))]
    done, pending = await asyncio.wait(first, return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done])
    for t in first:
        if not t.done():
            t.cancel()
    await asyncio.wait(pending)
    print("all settled", all(t.done() for t in first))


asyncio.run(main())
