# test: module
# The body of asyncio/sleep_direct_semantics.py (real time) and
# asyncio/sleep_direct_virtual_time.py: `await asyncio.sleep(...)` straight
# from a task's coroutines (served natively, without sleep()'s frame or
# Future): results, sleep(0) yielding exactly once, ordering against callbacks
# and timers, cancellation with its message (while the timer is pending, after
# it came due but before the task ran, before the sleep started), reprs, and
# the cases that keep sleep()'s coroutine (stored, wrapped, keyword result,
# odd delays, async generators). Task reprs name this file as F.
import asyncio
import gc

F = __file__


def show(t):
    return repr(t).replace(F, "F")


async def results():
    print(await asyncio.sleep(0.001, "pos"), await asyncio.sleep(0, "zero"),
          await asyncio.sleep(-1, [1]), await asyncio.sleep(0.0), await asyncio.sleep(0.001))
    print(await asyncio.sleep(0.001, result="kw"))
    # The result lives until the task wakes, through a collection.
    holder = await asyncio.sleep(0.002, {"k": object.__name__})
    gc.collect()
    print(holder)
    print(await asyncio.sleep(True, "bool"), await asyncio.sleep(False, "f"))


async def ticker(name, n, log):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)


async def sleep0_order():
    loop = asyncio.get_running_loop()
    log = []
    loop.call_soon(log.append, "cb1")
    a = asyncio.create_task(ticker("a", 3, log))
    b = asyncio.create_task(ticker("b", 3, log))
    loop.call_soon(log.append, "cb2")
    await asyncio.sleep(0)
    log.append("main")
    await asyncio.gather(a, b)
    print(" ".join(log))


async def timed(name, d, log):
    log.append(name + "+")
    await asyncio.sleep(d)
    log.append(name + "-")


async def timer_order(same_moment):
    loop = asyncio.get_running_loop()
    log = []
    tasks = [asyncio.create_task(timed(n, d, log)) for n, d in
             (("x", 0.03), ("y", 0.01), ("z", 0.02), ("w", 0.01))]
    await asyncio.sleep(0)
    if same_moment:
        loop.call_later(0.01, log.append, "later")
        loop.call_later(0.015, log.append, "later2")
    await asyncio.gather(*tasks)
    print(" ".join(log))


async def sleeper(d, log, msg="slept"):
    try:
        await asyncio.sleep(d)
        log.append(msg)
    except asyncio.CancelledError as e:
        log.append(f"cancelled {e.args}")
        raise
    finally:
        log.append("finally")


async def cancels(same_moment):
    log = []
    # Cancelled while its timer is pending, with a message.
    t = asyncio.create_task(sleeper(10, log))
    await asyncio.sleep(0)
    print(show(t))
    print(t.cancel("stop"), t.cancel("again"), t.cancelling())
    print(show(t))
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiting it:", repr(e))
    print(t.cancelled(), log)

    if same_moment:
        await cancel_after_due()

    # Its Future made for the repr while the timer is pending: completed
    # by the timer all the same.
    log = []
    t = asyncio.create_task(sleeper(0.01, log))
    await asyncio.sleep(0)
    print(show(t).split(" wait_for=")[1])
    await t
    print(log)

    # Cancelled before it started sleeping: the sleep raises at once.
    log = []
    t = asyncio.create_task(sleeper(10, log))
    t.cancel()
    print(await asyncio.gather(t, return_exceptions=True), log)

    # The task cancels itself, then sleeps.
    async def self_cancel():
        asyncio.current_task().cancel("me")
        try:
            await asyncio.sleep(5)
        except asyncio.CancelledError as e:
            print("self:", repr(e), asyncio.current_task().cancelling())
            asyncio.current_task().uncancel()
        print("then", await asyncio.sleep(0.001, "again"))
        return "done"
    print(await asyncio.create_task(self_cancel()))

    # Caught and slept again, in a nested coroutine.
    async def inner():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("inner caught")
        return await asyncio.sleep(0.001, "inner again")

    async def outer():
        r = await inner()
        return r + "/" + await asyncio.sleep(0, "outer")
    t = asyncio.create_task(outer())
    await asyncio.sleep(0.001)
    t.cancel()
    print(await t)


async def cancel_after_due():
    # Cancelled after its timer came due, before its step ran: the step
    # raises CancelledError instead of returning.
    log = []
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(sleeper(0.01, log))
    await asyncio.sleep(0)
    seen = []

    def cancel_it():
        seen.append(show(t))
        seen.append(t.cancel("late"))
    loop.call_later(0.01, cancel_it)
    await asyncio.sleep(0.03)
    print(seen, t.cancelled(), log)


async def wrappers():
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.01)
    except asyncio.TimeoutError:
        print("wait_for timed out")
    print(await asyncio.wait_for(asyncio.sleep(0.001, "in time"), 1))

    async def slow():
        await asyncio.sleep(1)
    try:
        await asyncio.wait_for(slow(), 0.01)
    except asyncio.TimeoutError:
        print("wait_for slow() timed out")
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout() expired")
    async with asyncio.timeout(1):
        print(await asyncio.sleep(0.001, "timeout() not reached"))
    print(await asyncio.gather(asyncio.sleep(0.002, "g1"), asyncio.sleep(0, "g2"), slow_ok()))
    print(await asyncio.create_task(asyncio.sleep(0.001, "task of sleep")))

    async def failing():
        await asyncio.sleep(0.005)
        raise ValueError("boom")
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper(10, log, "a"))
            tg.create_task(sleeper(10, log, "b"))
            tg.create_task(failing())
    except* ValueError as eg:
        print("taskgroup:", [repr(e) for e in eg.exceptions], log)
    s = asyncio.sleep(0.001, "stored")
    print(await s)


async def slow_ok():
    return await asyncio.sleep(0.001, "g3")


async def agen():
    for i in range(2):
        await asyncio.sleep(0.001)
        yield await asyncio.sleep(0, i)


async def others():
    print([x async for x in agen()])
    print(asyncio.current_task().get_name() == asyncio.current_task().get_name())
    t = asyncio.current_task()
    await asyncio.sleep(0.001)
    print(asyncio.current_task() is t)
    # A sleeping task's coroutine shows sleep() as what it awaits.
    async def nap():
        await asyncio.sleep(10)
    n = asyncio.create_task(nap())
    await asyncio.sleep(0)
    print(repr(n.get_coro().cr_await).split(" at ")[0], n.get_coro().cr_running)
    n.cancel()
    await asyncio.gather(n, return_exceptions=True)


def by_hand():
    # No task: sleep() keeps its coroutine (no running loop once it starts).
    async def main():
        await asyncio.sleep(1)
    c = main()
    try:
        c.send(None)
    except RuntimeError as e:
        print("by hand:", e)

    async def zero():
        return await asyncio.sleep(0, "z")
    c = zero()
    print(c.send(None))
    try:
        c.send(None)
    except StopIteration as e:
        print("returned", e.value)


async def main(same_moment):
    await results()
    await sleep0_order()
    await timer_order(same_moment)
    await cancels(same_moment)
    await wrappers()
    await others()


def run(same_moment):
    """same_moment: also check the orderings that need timers due at the same
    moment to fire in one loop iteration (a virtual clock guarantees it; in
    real time a slow build, ASan with GC stress, runs them apart)."""
    asyncio.run(main(same_moment))
    by_hand()
