# The tutorial's two-clock program with fixed sleeps instead of random ones:
# the interleaving is the same in real time and under --virtual-time (where
# it runs at once). Prints elapsed loop time, rounded.
# coil-args: --virtual-time
import asyncio
import time

# Task 1 wakes at multiples of 0.2 s, task 2 halfway between: no ties,
# whose order real time would leave to chance.
DELAYS = {1: [0, 0.4, 0.2, 0.4, 0, 0.2, 0.4], 2: [0.1, 0, 0.4, 0.4, 0.2, 0, 0.4]}

def tenths(seconds):
    # Timers never fire early; under real time (the CPython cross-check) on a
    # loaded machine they may fire up to ~80 ms late, which this absorbs.
    return "{:.1f}".format(int((seconds + 0.02) * 10) / 10)

async def display_date(num, loop, start):
    end_time = loop.time() + 2.0
    delays = iter(DELAYS[num])
    while True:
        print("Loop: {} Time: {}".format(num, tenths(loop.time() - start)))
        if (loop.time() + 0.2) >= end_time:
            break
        await asyncio.sleep(next(delays, 0.4))

loop = asyncio.new_event_loop()
start = loop.time()
t0 = time.time()
asyncio.ensure_future(display_date(1, loop, start), loop=loop)
asyncio.ensure_future(display_date(2, loop, start), loop=loop)
loop.call_later(2.1, loop.stop)
loop.run_forever()
print(tenths(time.time() - t0))

# expect: Loop: 1 Time: 0.0
# expect: Loop: 2 Time: 0.0
# expect: Loop: 1 Time: 0.0
# expect: Loop: 2 Time: 0.1
# expect: Loop: 2 Time: 0.1
# expect: Loop: 1 Time: 0.4
# expect: Loop: 2 Time: 0.5
# expect: Loop: 1 Time: 0.6
# expect: Loop: 2 Time: 0.9
# expect: Loop: 1 Time: 1.0
# expect: Loop: 1 Time: 1.0
# expect: Loop: 2 Time: 1.1
# expect: Loop: 2 Time: 1.1
# expect: Loop: 1 Time: 1.2
# expect: Loop: 2 Time: 1.5
# expect: Loop: 1 Time: 1.6
# expect: Loop: 2 Time: 1.9
# expect: Loop: 1 Time: 2.0
# expect: 2.1
