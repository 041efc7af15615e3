# gather keeps argument order, returns exceptions when asked, and propagates
# the first exception otherwise. (On the simulated clock: the 10 ms gaps are not
# a race on a loaded machine.)
# coil-args: --virtual-time
import asyncio

async def val(x, d):
    await asyncio.sleep(d)
    print('finished', x)
    return x

async def fail(msg, d):
    await asyncio.sleep(d)
    raise ValueError(msg)

async def main():
    print(await asyncio.gather(val(1, 0.03), val(2, 0.01), val(3, 0.02)))
    print(await asyncio.gather())
    r = await asyncio.gather(val('a', 0), fail('bad', 0), return_exceptions=True)
    print(r)
    try:
        await asyncio.gather(fail('first', 0.01), val('slow', 0.02))
    except ValueError as e:
        print('raised', e)
    await asyncio.sleep(0.03)
    c = val('same', 0)
    print(await asyncio.gather(c, c))

asyncio.run(main())

# expect: finished 2
# expect: finished 3
# expect: finished 1
# expect: [1, 2, 3]
# expect: []
# expect: finished a
# expect: ['a', ValueError('bad')]
# expect: raised first
# expect: finished slow
# expect: finished same
# expect: ['same', 'same']
