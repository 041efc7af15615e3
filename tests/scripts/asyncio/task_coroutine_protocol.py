# Tasks step any object collections.abc.Coroutine recognises, as CPython's:
# an async generator's aclose()/athrow()/asend() awaitables, a class with
# send/throw/close/__await__.
import asyncio

async def agen():
    try:
        yield 1
        await asyncio.sleep(0)
        yield 2
    finally:
        print("agen closing")
        await asyncio.sleep(0)
        print("agen closed")

class Countdown:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        return self
    def send(self, value):
        if self.n == 0:
            raise StopIteration("liftoff")
        print("countdown", self.n)
        self.n -= 1
        return None
    def throw(self, *exc):
        print("thrown", type(exc[0]).__name__ if not isinstance(exc[0], type) else exc[0].__name__)
        raise exc[0]
    def close(self):
        pass

class NotQuite:
    def send(self, v): pass
    def throw(self, *a): pass

async def main():
    g = agen()
    print(await g.__anext__())
    print(asyncio.iscoroutine(g.aclose()), asyncio.iscoroutine(g.asend(None)))
    print(asyncio.iscoroutine(Countdown(1)), asyncio.iscoroutine(NotQuite()))
    t = asyncio.create_task(g.asend(None))
    print("asend result", await t)
    t = asyncio.create_task(g.aclose())
    print("aclose result", await t)
    print("countdown result", await asyncio.create_task(Countdown(2)))
    t = asyncio.create_task(Countdown(5))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled())
    try:
        asyncio.create_task(NotQuite())
    except TypeError as e:
        print("TypeError", str(e).split(" got")[0])

asyncio.run(main())

# expect: 1
# expect: True True
# expect: True False
# expect: asend result 2
# expect: agen closing
# expect: agen closed
# expect: aclose result None
# expect: countdown 2
# expect: countdown 1
# expect: countdown result liftoff
# expect: countdown 5
# expect: thrown CancelledError
# expect: cancelled True
# expect: TypeError a coroutine was expected,
