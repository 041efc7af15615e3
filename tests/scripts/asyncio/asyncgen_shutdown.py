# asyncio.run closes the async generators left suspended while it ran
# (loop.shutdown_asyncgens), before it returns: their finally blocks and
# async with exits run on the loop, and errors go to the exception handler.
import asyncio


async def ticker(name, n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        await asyncio.sleep(0)          # cleanup may itself await
        print("closed", name)


kept = []


# (CPython closes an async generator dropped by the program at once, by
# reference counting, and keeps the ones it closes at shutdown in a WeakSet
# whose order varies: so each run below leaves one referenced generator.)
async def main():
    agen = ticker("broken-out", 5)
    async for v in agen:
        print("got", v)
        if v == 1:
            break
    kept.append(agen)                   # still referenced: closed all the same
    done = ticker("exhausted", 2)
    print([v async for v in done])      # finished: nothing left to close
    never = ticker("never-started", 2)  # never iterated: not closed (no output)
    kept.append(never)
    print("main returns")


asyncio.run(main())
print("after run")
print(kept[0].ag_running, kept[0].ag_frame is None)


async def main_kept():
    agen = ticker("kept", 3)
    kept.append(agen)
    print("first", await agen.__anext__())
    print("main_kept returns")

asyncio.run(main_kept())


async def bad():
    try:
        yield 1
    finally:
        raise ValueError("cleanup failed")


async def main2():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(lambda loop, ctx: print("handler:", ctx["message"].split(" <")[0],
                                                        repr(ctx["exception"])))
    g = bad()
    kept.append(g)
    print(await g.__anext__())


asyncio.run(main2())


# A generator iterated outside any loop is not the loop's to close.
async def plain():
    try:
        yield "x"
    finally:
        print("plain closed")

g = plain()
try:
    g.__anext__().send(None)
except StopIteration as e:
    print("outside loop:", e.value)
asyncio.run(asyncio.sleep(0))
print("end")

# expect: got 0
# expect: got 1
# expect: closed exhausted
# expect: [0, 1]
# expect: main returns
# expect: closed broken-out
# expect: after run
# expect: False True
# expect: first 0
# expect: main_kept returns
# expect: closed kept
# expect: 1
# expect: handler: an error occurred during closing of asynchronous generator ValueError('cleanup failed')
# expect: outside loop: x
# expect: end
# expect: plain closed
