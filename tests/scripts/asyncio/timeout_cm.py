# asyncio.timeout / timeout_at / Timeout (3.11): expiry becomes TimeoutError
# (caused by the CancelledError), reschedule(), nesting, and cancellations
# from elsewhere that must stay cancellations.
# coil-args: --virtual-time
import asyncio

async def expires():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        async with asyncio.timeout(0.01) as t:
            print(repr(t).startswith('<Timeout [active] when='), round(t.when() - start, 3))
            await asyncio.sleep(1)
            print('not reached')
    except TimeoutError as e:
        print('TimeoutError', repr(e), type(e.__cause__).__name__, e.__suppress_context__)
    print(t, t.expired(), asyncio.current_task().cancelling())

async def in_time():
    async with asyncio.timeout(0.1) as t:
        await asyncio.sleep(0.01)
    print(t, t.expired())
    async with asyncio.timeout(None) as t:
        print(t, t.when())
        await asyncio.sleep(0.01)
    print(t)

async def reschedule():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(None) as t:
            t.reschedule(loop.time() + 0.1)
            await asyncio.sleep(0.05)
            t.reschedule(loop.time() + 0.1)    # pushed back: still alive at 0.11
            await asyncio.sleep(0.06)
            print('still running')
            t.reschedule(None)
            await asyncio.sleep(0.1)
            print('no deadline any more')
            t.reschedule(loop.time() - 1)       # already past: fires at once
            await asyncio.sleep(1)
    except TimeoutError:
        print('timed out after reschedule', t.expired())
    for call in (lambda: t.reschedule(None), lambda: asyncio.timeout(1).reschedule(1)):
        try:
            call()
        except RuntimeError as e:
            print('RuntimeError:', e)
    try:
        async with t:
            pass
    except RuntimeError as e:
        print('RuntimeError:', e)

async def past_deadline():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() - 5) as t:
            print('body runs until its first await', t.expired())
            await asyncio.sleep(0)
    except TimeoutError:
        print('timeout_at in the past -> TimeoutError')
    try:
        async with asyncio.timeout(0):
            await asyncio.sleep(0)
    except TimeoutError:
        print('timeout(0) -> TimeoutError')

async def nested():
    try:
        async with asyncio.timeout(0.01) as outer:
            try:
                async with asyncio.timeout(1) as inner:
                    await asyncio.sleep(1)
            except asyncio.CancelledError:
                print('inner block sees CancelledError', inner.expired())
                raise
    except TimeoutError:
        print('outer expired:', outer.expired())
    try:
        async with asyncio.timeout(1) as outer:
            try:
                async with asyncio.timeout(0.01) as inner:
                    await asyncio.sleep(1)
            except TimeoutError:
                print('inner TimeoutError', inner.expired(), outer.expired())
            await asyncio.sleep(0.01)
            print('outer block goes on')
    except TimeoutError:
        print('not reached')

async def swallowed():
    async with asyncio.timeout(0.01) as t:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print('body swallows the cancellation')
    print('no TimeoutError', t, asyncio.current_task().cancelling())

async def external_cancel():
    async def victim():
        try:
            async with asyncio.timeout(1):
                await asyncio.sleep(1)
        except TimeoutError:
            print('not reached')
    t = asyncio.create_task(victim())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('external cancel stays CancelledError', t.cancelled())

    # Expiry and an outside cancel() together: the cancellation wins.
    async def both():
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                asyncio.current_task().cancel()
                print('cancelling() =', asyncio.current_task().cancelling())
                raise
    t = asyncio.create_task(both())
    try:
        await t
    except asyncio.CancelledError:
        print('both: CancelledError', t.cancelled())

async def task_counters():
    t = asyncio.current_task()
    print(t.cancelling(), t.uncancel(), t.cancelling())
    async def sleeper():
        await asyncio.sleep(1)
    s = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print(s.cancel(), s.cancel(), s.cancelling(), s.uncancel(), s.cancelling())
    try:
        await s
    except asyncio.CancelledError:
        print('cancelled anyway', s.cancelled(), s.cancel())

async def main():
    await expires()
    await in_time()
    await reschedule()
    await past_deadline()
    await nested()
    await swallowed()
    await external_cancel()
    await task_counters()
    print(asyncio.Timeout.__name__, repr(asyncio.Timeout(None)), asyncio.Timeout(3.5).when())

asyncio.run(main())

# Expected output (CPython 3.11):
# expect: True 0.01
# expect: TimeoutError TimeoutError() CancelledError True
# expect: <Timeout [expired]> True 0
# expect: <Timeout [finished]> False
# expect: <Timeout [active] when=None> None
# expect: <Timeout [finished]>
# expect: still running
# expect: no deadline any more
# expect: timed out after reschedule True
# expect: RuntimeError: Cannot change state of expired Timeout
# expect: RuntimeError: Timeout has not been entered
# expect: RuntimeError: Timeout has already been entered
# expect: body runs until its first await False
# expect: timeout_at in the past -> TimeoutError
# expect: timeout(0) -> TimeoutError
# expect: inner block sees CancelledError False
# expect: outer expired: True
# expect: inner TimeoutError True False
# expect: outer block goes on
# expect: body swallows the cancellation
# expect: no TimeoutError <Timeout [expired]> 0
# expect: external cancel stays CancelledError True
# expect: cancelling() = 2
# expect: both: CancelledError True
# expect: 0 0 0
# expect: True True 2 1 1
# expect: cancelled anyway True False
# expect: Timeout <Timeout [created]> 3.5
