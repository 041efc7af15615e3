# coil-only: coil has no ExceptionGroup yet, so a failing TaskGroup raises
# the first error its tasks (or its body) raised, where CPython 3.11 raises
# ExceptionGroup('unhandled errors in a TaskGroup', [...]) of them all.
# cpython: no
# coil-args: --virtual-time
import asyncio

async def crash(delay, exc):
    await asyncio.sleep(delay)
    raise exc

async def main():
    try:
        async with asyncio.TaskGroup() as g:
            g.create_task(crash(0.02, KeyError('later')))
            g.create_task(crash(0.01, ValueError('first')))
            g.create_task(crash(0.01, TypeError('same step, second')))
    except ValueError as e:
        print('ValueError', e, e.__cause__, e.__suppress_context__)  # expect: ValueError first None True
    # A cause the task gave its error is kept.
    async def chained():
        try:
            {}['k']
        except KeyError as k:
            raise RuntimeError('wrapped') from k
    try:
        async with asyncio.TaskGroup() as g:
            g.create_task(chained())
    except RuntimeError as e:
        print(repr(e), repr(e.__cause__))  # expect: RuntimeError('wrapped') KeyError('k')
    async with asyncio.TaskGroup() as g:
        g.create_task(crash(0.01, OSError('uncaught')))

asyncio.run(main())
# expect runtime error: OSError: uncaught
