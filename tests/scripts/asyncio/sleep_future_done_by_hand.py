# asyncio.sleep's future completed by hand: when its timer comes due it reports InvalidStateError through the loop's exception handler (CPython's _set_result_unless_cancelled); resumed at once or cancelled, nothing is reported
import asyncio


def handler(loop, context):
    exc = context["exception"]
    # (The arguments' reprs are left out: CPython shortens them with reprlib.)
    print("handler:", context["message"].split("(")[0])
    print(" ", type(exc).__name__, exc)
    print(" ", type(context["handle"]).__name__)


async def main():
    asyncio.get_running_loop().set_exception_handler(handler)

    # Result set by hand, the sleep not resumed before its timer: the timer
    # still runs _set_result_unless_cancelled, which raises.
    c = asyncio.sleep(0.01, "orig")
    fut = c.send(None)
    fut.set_result(5)
    await asyncio.sleep(0.05)
    print("result", fut.result())
    try:
        c.send(None)
    except StopIteration as e:
        print("returned", e.value)

    # Exception set by hand: the same report.
    c = asyncio.sleep(0.01)
    fut = c.send(None)
    fut.set_exception(KeyError("k"))
    await asyncio.sleep(0.05)
    try:
        c.send(None)
    except KeyError as e:
        print("raised", repr(e))

    # Resumed at once: sleep's finally cancels the timer, nothing reported.
    c = asyncio.sleep(0.01, "orig")
    fut = c.send(None)
    fut.set_result(6)
    try:
        c.send(None)
    except StopIteration as e:
        print("returned", e.value)
    await asyncio.sleep(0.05)

    # Cancelled by hand: the timer finds it cancelled and does nothing.
    c = asyncio.sleep(0.01)
    fut = c.send(None)
    fut.cancel()
    await asyncio.sleep(0.05)
    try:
        c.send(None)
    except asyncio.CancelledError:
        print("cancelled")
    print("done")


asyncio.run(main())

# expect: handler: Exception in callback _set_result_unless_cancelled
# expect:   InvalidStateError invalid state
# expect:   TimerHandle
# expect: result 5
# expect: returned 5
# expect: handler: Exception in callback _set_result_unless_cancelled
# expect:   InvalidStateError invalid state
# expect:   TimerHandle
# expect: raised KeyError('k')
# expect: returned 6
# expect: cancelled
# expect: done
