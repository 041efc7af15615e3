# A failing TaskGroup raises BaseExceptionGroup('unhandled errors in a
# TaskGroup', [...]) of every error its tasks (and its body) raised, in the
# order they happened (the rest are cancelled); except* takes it apart; uncaught, it prints as a group.
# coil-args: --virtual-time
import asyncio

async def crash(delay, exc):
    await asyncio.sleep(delay)
    raise exc

async def main():
    try:
        async with asyncio.TaskGroup() as g:
            g.create_task(crash(5, KeyError('later')))
            g.create_task(crash(0.01, ValueError('first')))
            g.create_task(crash(0.01, TypeError('same step, second')))
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.message, eg.exceptions)
        print(eg.__cause__, eg.__suppress_context__)
    try:
        async with asyncio.TaskGroup() as g:
            g.create_task(crash(0.01, ValueError('v')))
            g.create_task(crash(0.01, KeyError('k')))
            g.create_task(crash(0.01, ValueError('w')))
    except* ValueError as eg:
        print('ValueErrors', eg.exceptions)
    except* KeyError as eg:
        print('KeyErrors', eg.exceptions)
    # the body's own error joins the group
    try:
        async with asyncio.TaskGroup() as g:
            g.create_task(crash(1, ValueError('never')))
            await asyncio.sleep(0)
            raise RuntimeError('body')
    except* RuntimeError as eg:
        print('body error', repr(eg.exceptions[0]))
    # a cause the task gave its error is kept
    async def chained():
        try:
            {}['k']
        except KeyError as k:
            raise RuntimeError('wrapped') from k
    try:
        async with asyncio.TaskGroup() as g:
            g.create_task(chained())
    except* RuntimeError as eg:
        e = eg.exceptions[0]
        print(repr(e), repr(e.__cause__))
    # a BaseException makes a BaseExceptionGroup... except KeyboardInterrupt
    # and SystemExit, which a TaskGroup re-raises as they are
    class Stop(BaseException):
        pass
    try:
        async with asyncio.TaskGroup() as g:
            g.create_task(crash(0.01, Stop('halt')))
    except BaseExceptionGroup as eg:
        print(type(eg).__name__, eg.exceptions)
    async with asyncio.TaskGroup() as g:
        g.create_task(crash(0.01, OSError('uncaught')))
        g.create_task(crash(5, LookupError('cancelled')))

asyncio.run(main())
# expect: ExceptionGroup unhandled errors in a TaskGroup (ValueError('first'), TypeError('same step, second'))
# expect: None True
# expect: ValueErrors (ValueError('v'), ValueError('w'))
# expect: KeyErrors (KeyError('k'),)
# expect: body error RuntimeError('body')
# expect: RuntimeError('wrapped') KeyError('k')
# expect: BaseExceptionGroup (Stop('halt'),)
# expect stderr:   + Exception Group Traceback (most recent call last):
# expect stderr:   | ExceptionGroup: unhandled errors in a TaskGroup (1 sub-exception)
# expect stderr:   +-+---------------- 1 ----------------
# expect stderr:     | OSError: uncaught
# expect stderr:     +------------------------------------
# expect runtime error:     +------------------------------------
