# asyncio.sleep's future is its own timer: deadline order against call_later, results, cancellation, closing, driving by hand, bad delays
import asyncio

order = []


async def sleeper(name, delay, result=None):
    r = await asyncio.sleep(delay, result)
    order.append((name, r))


async def main():
    loop = asyncio.get_running_loop()
    # Equal deadlines: sleeps and call_later callbacks fire in insertion order,
    # and a sleeping task resumes one iteration after its timer fires.
    loop.call_later(0.01, order.append, "cb1")
    t1 = asyncio.create_task(sleeper("a", 0.01, "ra"))
    t2 = asyncio.create_task(sleeper("b", 0.01))
    await asyncio.sleep(0)
    # (cb2 comes well after: a slow run, GC stress under ASan, must not
    # let it fire in the iteration before the sleepers resume.)
    loop.call_later(0.5, order.append, "cb2")
    loop.call_soon(order.append, "soon")
    await asyncio.gather(t1, t2, asyncio.sleep(0.6))
    print(order)
    order.clear()
    # A longer sleep scheduled first still fires after a shorter one.
    await asyncio.gather(sleeper("long", 0.03, 1), sleeper("short", 0.01, 2))
    print(order)
    # Cancelling a sleeping task: CancelledError inside, its timer is dropped.
    t = asyncio.create_task(sleeper("never", 10))
    await asyncio.sleep(0)
    print(repr(t).split(" wait_for=")[1])
    t.cancel("bye")
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled", e.args, order)
    # A sleeping coroutine closed by hand cancels its timer too.
    c = asyncio.sleep(5, "x")
    fut = c.send(None)
    print(type(fut).__name__, fut.done(), fut._asyncio_future_blocking)
    c.close()
    # Driving sleep by hand: the yielded future completes with the result.
    c = asyncio.sleep(0.01, "by hand")
    fut = c.send(None)
    fut._asyncio_future_blocking = False
    await asyncio.sleep(0.02)
    print(fut.done(), fut.result())
    try:
        c.send(None)
    except StopIteration as e:
        print("returned", e.value)
    # Bad delays.
    for bad in ("1", None):
        try:
            await asyncio.sleep(bad)
        except TypeError as e:
            print("TypeError")
    print(await asyncio.sleep(0, "zero"), await asyncio.sleep(-1, "neg"))


asyncio.run(main())
try:
    asyncio.sleep(1).send(None)
except RuntimeError as e:
    print(e)
# Only a closed sleep was pending: the loop is not kept waiting for its timer.
async def closer():
    c = asyncio.sleep(3600)
    c.send(None)
    c.close()
    return "done"
print(asyncio.run(closer()))

# expect: ['soon', 'cb1', ('a', 'ra'), ('b', None), 'cb2']
# expect: [('short', 2), ('long', 1)]
# expect: <Future pending cb=[Task.task_wakeup()]>>
# expect: cancelled ('bye',) [('short', 2), ('long', 1)]
# expect: Future False True
# expect: True by hand
# expect: returned by hand
# expect: TypeError
# expect: TypeError
# expect: zero neg
# expect: no running event loop
# expect: done
