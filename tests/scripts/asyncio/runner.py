# asyncio.Runner (3.11): one loop for several run() calls, cancelling what is
# left at close(), its errors; asyncio.run() is a Runner underneath.
# coil-args: --virtual-time
import asyncio

async def where():
    return asyncio.get_running_loop()

async def leave_behind(log):
    async def background():
        try:
            await asyncio.sleep(10)
        finally:
            log.append('background cleaned up')
    asyncio.create_task(background())
    await asyncio.sleep(0)
    return 'left a task behind'

async def fail():
    await asyncio.sleep(0.01)
    raise ValueError('inside run')

def main():
    log = []
    with asyncio.Runner() as runner:
        loop = runner.get_loop()
        print(loop.is_running(), loop.is_closed(), asyncio.get_event_loop() is loop)
        print(runner.run(where()) is loop, runner.run(where()) is loop)
        print(runner.run(leave_behind(log)), log)
        try:
            runner.run(fail())
        except ValueError as e:
            print('ValueError:', e)
        print(runner.run(asyncio.sleep(0.01, 'still usable')))
        try:
            runner.run(1)
        except ValueError as e:
            print('ValueError:', e)
        async def nested():
            coro = where()
            try:
                runner.run(coro)
            except RuntimeError as e:
                print('RuntimeError:', e)
            coro.close()
        runner.run(nested())
    print(log, loop.is_closed())
    coro = where()
    for call in (runner.get_loop, lambda: runner.run(coro)):
        try:
            call()
        except RuntimeError as e:
            print('RuntimeError:', e)
    coro.close()
    runner.close()  # closing again does nothing

    # A main task cancelled from inside comes out as CancelledError.
    async def cancels_itself():
        asyncio.current_task().cancel()
        await asyncio.sleep(0)
    with asyncio.Runner() as runner:
        try:
            runner.run(cancels_itself())
        except asyncio.CancelledError:
            print('CancelledError')

    with asyncio.Runner(debug=True) as runner:
        print('debug', runner.get_loop().get_debug())
    made = []
    def factory():
        made.append(asyncio.new_event_loop())
        return made[-1]
    runner = asyncio.Runner(loop_factory=factory)
    print(runner.run(where()) is made[0], len(made))
    runner.close()
    print(made[0].is_closed())

    # asyncio.run: the same shutdown, the same messages.
    log.clear()
    print(asyncio.run(leave_behind(log)), log)
    try:
        asyncio.run(42)
    except ValueError as e:
        print('ValueError:', e)

main()

# Expected output (CPython 3.11):
# expect: False False True
# expect: True True
# expect: left a task behind []
# expect: ValueError: inside run
# expect: still usable
# expect: ValueError: a coroutine was expected, got 1
# expect: RuntimeError: Runner.run() cannot be called from a running event loop
# expect: ['background cleaned up'] True
# expect: RuntimeError: Runner is closed
# expect: RuntimeError: Runner is closed
# expect: CancelledError
# expect: debug True
# expect: True 1
# expect: True
# expect: left a task behind ['background cleaned up']
# expect: ValueError: a coroutine was expected, got 42
