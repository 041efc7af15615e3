# Cancellation in asyncio: cancel() with a message, CancelledError handling,
# cleanup in finally, shield, task.cancelled(), and timeouts with asyncio.timeout.
import asyncio


async def worker(name, log):
    try:
        log.append(f"{name} start")
        await asyncio.sleep(10)
        log.append(f"{name} never")
    except asyncio.CancelledError as e:
        log.append(f"{name} cancelled {e.args}")
        raise
    finally:
        log.append(f"{name} cleanup")


async def stubborn(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("stubborn swallowed")
    return "stubborn result"


async def main():
    log = []
    t = asyncio.create_task(worker("w1", log))
    await asyncio.sleep(0)
    t.cancel("shutting down")
    try:
        await t
    except asyncio.CancelledError as e:
        log.append(f"awaiter saw {e.args}")
    print(t.cancelled(), t.done())
    s = asyncio.create_task(stubborn(log))
    await asyncio.sleep(0)
    s.cancel()
    print(await s, s.cancelled())
    inner = asyncio.create_task(asyncio.sleep(0.01, result="shielded value"))
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.001)
    except TimeoutError:
        log.append("wait_for timed out, inner keeps going")
    print(await inner)
    try:
        async with asyncio.timeout(0.01):
            await worker("w2", log)
    except TimeoutError:
        log.append("timeout block expired")
    t3 = asyncio.create_task(worker("w3", log))
    await asyncio.sleep(0)
    t3.cancel()
    results = await asyncio.gather(t3, return_exceptions=True)
    log.append(f"gather gave {type(results[0]).__name__}")
    for line in log:
        print(line)


asyncio.run(main())
