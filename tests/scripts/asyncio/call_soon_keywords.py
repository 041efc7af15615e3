# call_soon/call_later/call_at keep their positional arguments when context= is given; unknown keywords are a TypeError
# loop.call_soon / call_later / call_at: positional arguments with context=None, and an unknown keyword.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "soon", 1, 2, context=None)
    loop.call_later(0, print, "later", 3, context=None)
    loop.call_at(loop.time(), print, "at", 4, context=None)
    for bad in [lambda: loop.call_soon(print, 1, ctx=None), lambda: loop.call_later(0, print, bogus=1)]:
        try:
            bad()
        except TypeError as e:
            print("TypeError", e)
    await asyncio.sleep(0.01)

asyncio.run(main())

# expect: TypeError BaseEventLoop.call_soon() got an unexpected keyword argument 'ctx'
# expect: TypeError BaseEventLoop.call_later() got an unexpected keyword argument 'bogus'
# expect: soon 1 2
# expect: later 3
# expect: at 4
