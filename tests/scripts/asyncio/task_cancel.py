# Cancelling a task raises CancelledError at its await point, so finally
# blocks run; the awaiting side sees CancelledError.
import asyncio

async def sleeper():
    try:
        print('sleeping')
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print('caught', type(e).__name__, e.args)
        raise
    finally:
        print('finally ran')

async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print(t.cancel('stop it'))
    print(t.cancelled(), t.done())
    try:
        await t
    except asyncio.CancelledError as e:
        print('main saw', repr(e))
    print(t.cancelled(), t.done(), t.cancel())
    t2 = asyncio.create_task(sleeper())
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        print('cancelled before it started')
    t3 = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t3.cancel()
    await asyncio.sleep(0)
    print(t3.cancelled())

asyncio.run(main())
print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))

# expect: sleeping
# expect: True
# expect: False False
# expect: caught CancelledError ('stop it',)
# expect: finally ran
# expect: main saw CancelledError('stop it')
# expect: True True False
# expect: cancelled before it started
# expect: sleeping
# expect: caught CancelledError ()
# expect: finally ran
# expect: True
# expect: True False
