"""Generator-based coroutines meeting async/await: types.coroutine, awaitables with __await__,
and driving a coroutine by hand with send()."""
import asyncio
import types


@types.coroutine
def switch():
    yield


class Ready:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return self.value


async def worker(name, log):
    for i in range(3):
        log.append(f"{name}{i}")
        await switch()
    return name


def run_by_hand(coros):
    """A tiny round-robin loop that drives coroutines with send(None)."""
    results = {}
    queue = list(coros)
    while queue:
        coro = queue.pop(0)
        try:
            coro.send(None)
            queue.append(coro)
        except StopIteration as e:
            results[coro.__name__] = e.value
    return results


log = []
print(run_by_hand([worker("a", log), worker("b", log)]))
print(log)


async def main():
    print(await Ready(42))
    print(await asyncio.gather(Ready(1), Ready(2)))
    coro = worker("c", [])
    print(asyncio.iscoroutine(coro), asyncio.iscoroutinefunction(worker))
    print(await coro)
    print(asyncio.iscoroutine(switch()))


asyncio.run(main())
c = worker("x", [])
print(type(c).__name__, c.cr_running)
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
