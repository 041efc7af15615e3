# await on a Future keeps the future itself as the delegate: cr_await still shows a FutureIter (the same one), throw/close/send into the await, results and errors, yield from a future
import asyncio


async def waiter(fut):
    return await fut


def main():
    loop = asyncio.new_event_loop()
    fut = loop.create_future()
    c = waiter(fut)
    print(c.send(None) is fut, fut._asyncio_future_blocking)
    fut._asyncio_future_blocking = False
    # cr_await shows the iterator Future.__await__ returns, the same each time.
    it = c.cr_await
    print(type(it).__name__, it is c.cr_await, c.cr_await is not fut)
    fut.set_result("r")
    try:
        c.send(None)
    except StopIteration as e:
        print("result", e.value, c.cr_await)

    # A second await of a still-pending future by the same step is an error.
    fut = loop.create_future()
    c = waiter(fut)
    c.send(None)
    try:
        c.send(None)
    except RuntimeError as e:
        print("RuntimeError", e)

    # throw() and close() while suspended on a future.
    for how in ("throw", "close"):
        fut = loop.create_future()
        c = waiter(fut)
        c.send(None)
        if how == "throw":
            try:
                c.throw(ValueError("v"))
            except ValueError as e:
                print("thrown", e)
        else:
            c.close()
            print("closed", c.cr_frame)
        print(fut.done())

    # Sending a value other than None into the await.
    fut = loop.create_future()
    c = waiter(fut)
    c.send(None)
    try:
        c.send(1)
    except Exception as e:
        print(type(e).__name__)
    c.close()

    # Exceptions and cancellation come out of the await.
    for finish in ("exc", "cancel"):
        fut = loop.create_future()
        c = waiter(fut)
        c.send(None)
        fut._asyncio_future_blocking = False
        if finish == "exc":
            fut.set_exception(KeyError("k"))
        else:
            fut.cancel("m")
        try:
            c.send(None)
        except BaseException as e:
            print(type(e).__name__, e.args)

    # An already finished future is not yielded at all.
    fut = loop.create_future()
    fut.set_result(7)
    try:
        waiter(fut).send(None)
    except StopIteration as e:
        print("done at once", e.value)

    # yield from a future in a generator-based coroutine still iterates it.
    def old_style(f):
        return (yield from f)
    fut = loop.create_future()
    g = old_style(fut)
    print(g.send(None) is fut, type(g.gi_yieldfrom).__name__)
    loop.close()


main()


async def in_task():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, 5)
    print("task got", await fut)
    t = asyncio.ensure_future(fut)
    print(t is fut)


asyncio.run(in_task())

# expect: True True
# expect: FutureIter True True
# expect: result r None
# expect: RuntimeError await wasn't used with future
# expect: thrown v
# expect: False
# expect: closed None
# expect: False
# expect: RuntimeError
# expect: KeyError ('k',)
# expect: CancelledError ('m',)
# expect: done at once 7
# expect: True FutureIter
# expect: task got 5
# expect: True
