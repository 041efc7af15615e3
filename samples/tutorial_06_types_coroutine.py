# The tutorial's interoperability example: a @types.coroutine generator
# awaited from a native coroutine, itself delegating to asyncio.sleep.
# Under CPython, run_forever() never returns; coil's loop returns once
# nothing can wake it. `coil --virtual-time --random-seed N` runs it at once.
# cpython: no
# coil-args: --virtual-time --random-seed 1
import asyncio
import datetime
import random
import types
 

@types.coroutine
def my_sleep_func():
    yield from asyncio.sleep(random.randint(0, 5))


async def display_date(num, loop, ):
    end_time = loop.time() + 50.0
    while True:
        print("Loop: {} Time: {}".format(num, datetime.datetime.now()))
        if (loop.time() + 1.0) >= end_time:
            break
        await my_sleep_func()


loop = asyncio.get_event_loop()
 
asyncio.ensure_future(display_date(1, loop))
asyncio.ensure_future(display_date(2, loop))
 
loop.run_forever()

# expect: Loop: 1 Time: 2019-02-05 10:01:56
# expect: Loop: 2 Time: 2019-02-05 10:01:56
# expect: Loop: 1 Time: 2019-02-05 10:01:57
# expect: Loop: 1 Time: 2019-02-05 10:01:57
# expect: Loop: 1 Time: 2019-02-05 10:01:59
# expect: Loop: 1 Time: 2019-02-05 10:01:59
# expect: Loop: 2 Time: 2019-02-05 10:02:00
# expect: Loop: 1 Time: 2019-02-05 10:02:02
# expect: Loop: 2 Time: 2019-02-05 10:02:03
# expect: Loop: 1 Time: 2019-02-05 10:02:05
# expect: Loop: 2 Time: 2019-02-05 10:02:08
# expect: Loop: 1 Time: 2019-02-05 10:02:08
# expect: Loop: 1 Time: 2019-02-05 10:02:08
# expect: Loop: 2 Time: 2019-02-05 10:02:09
# expect: Loop: 2 Time: 2019-02-05 10:02:09
# expect: Loop: 1 Time: 2019-02-05 10:02:11
# expect: Loop: 2 Time: 2019-02-05 10:02:12
# expect: Loop: 1 Time: 2019-02-05 10:02:14
# expect: Loop: 1 Time: 2019-02-05 10:02:14
# expect: Loop: 2 Time: 2019-02-05 10:02:16
# expect: Loop: 1 Time: 2019-02-05 10:02:19
# expect: Loop: 2 Time: 2019-02-05 10:02:19
# expect: Loop: 1 Time: 2019-02-05 10:02:21
# expect: Loop: 1 Time: 2019-02-05 10:02:22
# expect: Loop: 2 Time: 2019-02-05 10:02:24
# expect: Loop: 2 Time: 2019-02-05 10:02:24
# expect: Loop: 1 Time: 2019-02-05 10:02:26
# expect: Loop: 2 Time: 2019-02-05 10:02:26
# expect: Loop: 1 Time: 2019-02-05 10:02:26
# expect: Loop: 2 Time: 2019-02-05 10:02:26
# expect: Loop: 1 Time: 2019-02-05 10:02:26
# expect: Loop: 1 Time: 2019-02-05 10:02:30
# expect: Loop: 1 Time: 2019-02-05 10:02:30
# expect: Loop: 2 Time: 2019-02-05 10:02:31
# expect: Loop: 1 Time: 2019-02-05 10:02:33
# expect: Loop: 1 Time: 2019-02-05 10:02:34
# expect: Loop: 2 Time: 2019-02-05 10:02:36
# expect: Loop: 1 Time: 2019-02-05 10:02:37
# expect: Loop: 1 Time: 2019-02-05 10:02:37
# expect: Loop: 2 Time: 2019-02-05 10:02:41
# expect: Loop: 1 Time: 2019-02-05 10:02:41
# expect: Loop: 2 Time: 2019-02-05 10:02:42
# expect: Loop: 1 Time: 2019-02-05 10:02:44
# expect: Loop: 2 Time: 2019-02-05 10:02:45
# expect: Loop: 1 Time: 2019-02-05 10:02:48
# expect stderr: coil: the event loop ran out of work (no ready callbacks, no timers): run_forever() returns
