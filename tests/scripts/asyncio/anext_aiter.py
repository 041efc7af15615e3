# aiter() and anext(), with and without a default, over async generators and
# hand-written async iterators; their TypeErrors.
import asyncio

async def agen(n):
    for i in range(n):
        yield i

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        await asyncio.sleep(0)
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

async def main():
    it = aiter(agen(2))
    print(await anext(it), await anext(it))
    print(await anext(it, 'done'))
    try:
        await anext(it)
    except StopAsyncIteration:
        print('StopAsyncIteration')
    c = Countdown(2)
    print(aiter(c) is c)
    print(await anext(c), await anext(c, 'x'), await anext(c, 'end'))
    print(await anext(agen(0), None))
    aw = anext(agen(1), 7)
    print(type(aw).__name__)
    print(await aw)
    for bad in (1, [1, 2]):
        try:
            anext(bad)
        except TypeError as e:
            print(e)
        try:
            aiter(bad)
        except TypeError as e:
            print(e)
    class BadAiter:
        def __aiter__(self):
            return 5
    try:
        aiter(BadAiter())
    except TypeError as e:
        print(e)
    # the default does not hide other errors
    async def boom():
        raise ValueError('boom')
        yield
    try:
        await anext(boom(), 0)
    except ValueError as e:
        print('ValueError', e)
    # anext driven by hand: the default comes out in StopIteration
    g = anext(agen(0), 'v')
    try:
        g.send(None)
    except StopIteration as e:
        print('StopIteration', e.value)

asyncio.run(main())
# expect: 0 1
# expect: done
# expect: StopAsyncIteration
# expect: True
# expect: 1 0 end
# expect: None
# expect: anext_awaitable
# expect: 0
# expect: 'int' object is not an async iterator
# expect: 'int' object is not an async iterable
# expect: 'list' object is not an async iterator
# expect: 'list' object is not an async iterable
# expect: aiter() returned not an async iterator of type 'int'
# expect: ValueError boom
# expect: StopIteration v
