# `await f()` frees the finished coroutine at once when nothing else can see
# it: chains of differently sized coroutines, exceptions through the chain,
# and coroutines exposed through cr_await (kept after they finish) all behave
# as in CPython.
import asyncio

async def leaf(x):
    return x + 1

async def wide(a, b, c):
    t = (a, b, c)
    u = [x * 2 for x in t]
    return await leaf(sum(u))

async def chain(depth, x):
    if depth == 0:
        return await leaf(x)
    if depth % 3 == 0:
        return await wide(depth, x, 1) + await chain(depth - 1, x)
    return await chain(depth - 1, x) + 1

async def boom(n):
    if n == 0:
        raise ValueError("deep")
    return await boom(n - 1)

async def catcher():
    try:
        await boom(5)
    except ValueError as e:
        # A fresh await after the failed chain reuses freed storage.
        return str(e) + "/" + str(await leaf(41))

async def gate(fut):
    return await fut

async def holder(fut):
    v = await gate(fut)
    return v * 2

async def main():
    total = 0
    for i in range(2000):
        total += await chain(7, i)
    print(total)  # expect: 10055000
    print(await catcher())  # expect: deep/42
    # Expose the inner coroutines through cr_await while they are suspended.
    fut = asyncio.get_running_loop().create_future()
    outer = holder(fut)
    task = asyncio.ensure_future(outer)
    await asyncio.sleep(0)
    inner = outer.cr_await
    print(inner.__qualname__, inner.cr_await is not None)  # expect: gate True
    fut.set_result(21)
    print(await task)  # expect: 42
    # The exposed coroutine outlives its await and keeps its identity.
    print(inner.__qualname__, inner.cr_frame, inner.cr_running)  # expect: gate None False
    done = asyncio.get_running_loop().create_future()
    done.set_result(1)
    for i in range(100):
        await chain(4, i)
        await gate(done)
    print(inner.__qualname__, inner.cr_await)  # expect: gate None
    try:
        await inner
    except RuntimeError as e:
        print(e)  # expect: cannot reuse already awaited coroutine
    try:
        inner.send(None)
    except RuntimeError as e:
        print(e)  # expect: cannot reuse already awaited coroutine
    # A coroutine awaited through a name is not the `await f()` pattern.
    c = leaf(1)
    print(await c)  # expect: 2
    try:
        await c
    except RuntimeError as e:
        print(e)  # expect: cannot reuse already awaited coroutine

asyncio.run(main())
