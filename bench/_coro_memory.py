# Memory of coroutines suspended in `await`: run by run.py's memory check.
#   _coro_memory.py KIND N    hold N coroutines, each suspended in an await on
#   KIND: "future" (a shared asyncio.Future), "object" (a shared object whose
#   __await__ returns an iterator), "coro" (another coroutine: N/2 chains of
#   two, both suspended in await, so N coroutines in all).
from _probe import report_peak
import asyncio
import sys


class Suspend:
    """Awaitable whose iterator is itself: suspends once per __next__."""
    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return None


async def on_object(s):
    await s


async def on_coroutine(s):
    await on_object(s)


async def on_future(fut):
    await fut


def main():
    kind = sys.argv[1]
    n = int(sys.argv[2])
    loop = asyncio.new_event_loop()
    shared = loop.create_future() if kind == "future" else Suspend()
    if kind == "coro":
        held = [on_coroutine(shared) for _ in range(n // 2)]
    elif kind == "future":
        held = [on_future(shared) for _ in range(n)]
    else:
        held = [on_object(shared) for _ in range(n)]
    for c in held:
        c.send(None)
        if kind == "future":
            shared._asyncio_future_blocking = False  # as a Task does after each step
    print(len(held))
    report_peak()
    for c in held:
        c.close()
    loop.close()


main()
