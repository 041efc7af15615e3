# Futures and tasks keep rarely used state out of line: names, several done callbacks and removals, cancel messages, cancelling(), gather's children
import asyncio
import re


def r(x):
    return re.sub(r" at \S+", "", repr(x))


def cb(name):
    def f(fut):
        print("cb", name, fut.done())
    f.__qualname__ = "cb_" + name
    return f


async def body():
    return 1


async def main():
    loop = asyncio.get_running_loop()
    # Default names are numbered at creation, made once and kept.
    t1 = asyncio.create_task(body())
    t2 = asyncio.create_task(body(), name="custom")
    t3 = asyncio.create_task(body())
    n1, n3 = int(t1.get_name()[5:]), int(t3.get_name()[5:])
    print(n3 - n1, t2.get_name(), t1.get_name() is t1.get_name())
    t3.set_name(42)
    print(repr(t3.get_name()))
    await asyncio.gather(t1, t2, t3)
    # Task methods refuse a plain future.
    fut = loop.create_future()
    try:
        asyncio.Task.get_name(fut)
    except TypeError as e:
        print("TypeError", e)
    # Done callbacks: order kept with one, several, after removals.
    a, b, c, d = cb("a"), cb("b"), cb("c"), cb("d")
    for f in (a, b, c, d, b):
        fut.add_done_callback(f)
    print(r(fut).split(" cb=")[1])
    print(fut.remove_done_callback(b), fut.remove_done_callback(a))
    print(r(fut))
    fut.add_done_callback(a)
    fut.set_result(5)
    await asyncio.sleep(0)
    print(fut.remove_done_callback(a))
    # Removing the only callback leaves none; adding again works.
    f2 = loop.create_future()
    f2.add_done_callback(a)
    print(f2.remove_done_callback(a), repr(f2))
    f2.add_done_callback(c)
    f2.set_exception(ValueError("boom"))
    print(repr(f2), type(f2.exception()).__name__)
    await asyncio.sleep(0)
    # Cancel messages on futures and tasks.
    f3 = loop.create_future()
    f3.cancel("why")
    try:
        f3.result()
    except asyncio.CancelledError as e:
        print("cancelled", e.args)
    f4 = loop.create_future()
    f4.cancel()
    try:
        f4.result()
    except asyncio.CancelledError as e:
        print("cancelled", e.args, repr(f4))

    async def sleeper():
        await asyncio.sleep(10)

    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print(t.cancelling(), t.cancel("stop"), t.cancelling(), t.cancel("again"), t.cancelling())
    print(t.uncancel(), t.uncancel(), t.uncancel())
    try:
        await t
    except asyncio.CancelledError as e:
        print("task cancelled", e.args)

    async def swallow():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            raise asyncio.CancelledError("mine")

    t = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    t.cancel("theirs")
    try:
        await t
    except asyncio.CancelledError as e:
        print("swallow", e.args, t.cancelled())

    async def returns():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return "kept"

    t = asyncio.create_task(returns())
    await asyncio.sleep(0)
    t.cancel("x")
    print(await t, t.cancelling())
    # A task cancelled before its first step.
    t = asyncio.create_task(body())
    t.cancel("early")
    try:
        await t
    except asyncio.CancelledError as e:
        print("early", e.args)
    # gather's outer future cancels its children.
    g = asyncio.gather(asyncio.sleep(5), asyncio.sleep(6))
    await asyncio.sleep(0)
    print(g.cancel("all"))
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather", e.args)


asyncio.run(main())

# expect: 2 custom True
# expect: '42'
# expect: TypeError descriptor 'get_name' for '_asyncio.Task' objects doesn't apply to a '_asyncio.Future' object
# expect: [cb_a() <3 more>, cb_b()
# expect: 2 1
# expect: <Future pending cb=[cb_c() cb_d()
# expect: cb c True
# expect: cb d True
# expect: cb a True
# expect: 0
# expect: 1 <Future pending>
# expect: <Future finished exception=ValueError('boom')> ValueError
# expect: cb c True
# expect: cancelled ('why',)
# expect: cancelled () <Future cancelled>
# expect: 0 True 1 True 2
# expect: 1 0 0
# expect: task cancelled ('stop',)
# expect: swallow ('mine',) True
# expect: kept 1
# expect: early ('early',)
# expect: True
# expect: gather ('all',)
