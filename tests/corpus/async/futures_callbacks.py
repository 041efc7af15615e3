"""Low-level asyncio: loop.create_future, set_result from call_later, done callbacks, call_soon ordering."""
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, "late value")
    fut.add_done_callback(lambda f: print("callback saw", f.result()))
    print("awaiting future")
    print("got", await fut)

    order = []
    loop.call_soon(order.append, 1)
    loop.call_soon(order.append, 2)
    h = loop.call_soon(order.append, "cancelled")
    h.cancel()
    loop.call_soon(order.append, 3)
    await asyncio.sleep(0)
    print(order)

    bad = loop.create_future()
    bad.set_exception(KeyError("missing"))
    try:
        await bad
    except KeyError as e:
        print("KeyError from future:", e)

    f2 = loop.create_future()
    try:
        f2.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f2.cancel()
    print(f2.cancelled(), f2.done())

    async def compute(x):
        await asyncio.sleep(0)
        return x * 2

    task = asyncio.ensure_future(compute(21))
    task.add_done_callback(lambda t: print("task done callback", t.result()))
    print(await task, task.done(), isinstance(task, asyncio.Future))
    print(await asyncio.gather(*(asyncio.ensure_future(compute(i)) for i in range(4))))
    t = asyncio.create_task(compute(1), name="my-task")
    print(t.get_name())
    await t


asyncio.run(main())
