# wait_for returns the result in time, or cancels the awaitable and raises
# TimeoutError (the built-in one, as in 3.11).
import asyncio

async def slow(d):
    try:
        await asyncio.sleep(d)
        return 'slow result'
    finally:
        print('slow cleanup', d)

async def main():
    print(await asyncio.wait_for(slow(0.01), timeout=1))
    try:
        await asyncio.wait_for(slow(5), timeout=0.01)
    except asyncio.TimeoutError as e:
        print('timed out', type(e) is TimeoutError)
    try:
        await asyncio.wait_for(slow(5), timeout=0)
    except TimeoutError:
        print('timed out at once')
    print(await asyncio.wait_for(slow(0), None))

asyncio.run(main())

# expect: slow cleanup 0.01
# expect: slow result
# expect: slow cleanup 5
# expect: timed out True
# expect: timed out at once
# expect: slow cleanup 0
# expect: slow result
