# asyncio.TaskGroup (3.11): waits for its tasks, cancels the rest (and the
# body) when one fails, takes back the cancellation of its parent, and lets
# an outside cancel() through. `errors_of` prints the errors of the
# ExceptionGroup a failing TaskGroup raises.
# coil-args: --virtual-time
import asyncio

def errors_of(e):
    return [repr(x) for x in getattr(e, 'exceptions', [e])]

async def step(name, n, delay, log):
    for i in range(n):
        log.append(f'{name}{i}')
        await asyncio.sleep(delay)
    return name * n

async def crash(delay, msg='boom'):
    await asyncio.sleep(delay)
    raise ValueError(msg)

async def sleeper(name, delay, log):
    try:
        await asyncio.sleep(delay)
        log.append(f'{name} done')
    except asyncio.CancelledError:
        log.append(f'{name} cancelled')
        raise

async def success():
    log = []
    tg = asyncio.TaskGroup()
    print(repr(tg))
    async with tg as g:
        print(g is tg, repr(tg))
        t1 = g.create_task(step('a', 3, 0.01, log))
        t2 = g.create_task(step('b', 2, 0.015, log), name='bee')
        print(repr(tg), t2.get_name())
        log.append('body')
    print(log, t1.result(), t2.result(), repr(tg))
    # A group with no tasks, and one whose task finished before exit.
    async with asyncio.TaskGroup() as g:
        pass
    async with asyncio.TaskGroup() as g:
        t = g.create_task(asyncio.sleep(0, 'quick'))
        await asyncio.sleep(0.01)
    print(t.result())

async def child_fails():
    log = []
    try:
        async with asyncio.TaskGroup() as g:
            g.create_task(sleeper('s1', 1, log))
            g.create_task(crash(0.01))
            g.create_task(sleeper('s2', 1, log))
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                log.append('body cancelled')
                raise
            log.append('not reached')
    except Exception as e:
        print('caught', errors_of(e))
    # The siblings are cancelled in the order of a set in CPython: sorted.
    print(sorted(log[:2]), log[2:], asyncio.current_task().cancelling())
    # The failure interrupts the body, whose later code does not run, but
    # the code after the `async with` does.
    log.clear()
    try:
        async with asyncio.TaskGroup() as g:
            g.create_task(crash(0.01, 'second'))
            await asyncio.sleep(1)
    except Exception as e:
        print('caught', errors_of(e))
    await asyncio.sleep(0.01)
    print('parent goes on')

async def body_fails():
    log = []
    try:
        async with asyncio.TaskGroup() as g:
            g.create_task(sleeper('s1', 1, log))
            await asyncio.sleep(0.01)
            raise KeyError('body')
    except Exception as e:
        print('caught', errors_of(e))
    print(log)

async def cancelled_child():
    async def self_cancel():
        await asyncio.sleep(0.01)
        raise asyncio.CancelledError
    log = []
    async with asyncio.TaskGroup() as g:
        t = g.create_task(self_cancel())
        g.create_task(sleeper('s', 0.02, log))
    print('a cancelled child is no error:', t.cancelled(), log)

async def outside_cancel():
    log = []
    async def parent():
        async with asyncio.TaskGroup() as g:
            g.create_task(sleeper('c1', 1, log))
            g.create_task(sleeper('c2', 1, log))
            await asyncio.sleep(1)
    p = asyncio.create_task(parent())
    await asyncio.sleep(0.01)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print('parent cancelled', p.cancelled(), sorted(log))

async def misuse():
    g = asyncio.TaskGroup()
    coro = asyncio.sleep(0)
    try:
        g.create_task(coro)
    except RuntimeError as e:
        print('RuntimeError:', e)
    coro.close()
    async with g:
        pass
    coro = asyncio.sleep(0)
    try:
        g.create_task(coro)
    except RuntimeError as e:
        print('RuntimeError:', e)
    coro.close()
    try:
        async with g:
            pass
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        async with asyncio.TaskGroup() as g:
            g.create_task(crash(0))
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print(repr(g))
                coro = asyncio.sleep(0)
                try:
                    g.create_task(coro)
                except RuntimeError as e:
                    print('RuntimeError:', e)
                coro.close()
                raise
    except Exception as e:
        print('caught', errors_of(e))

async def main():
    await success()
    await child_fails()
    await body_fails()
    await cancelled_child()
    await outside_cancel()
    await misuse()

asyncio.run(main())

# Expected output (CPython 3.11):
# expect: <TaskGroup>
# expect: True <TaskGroup entered>
# expect: <TaskGroup tasks=2 entered> bee
# expect: ['body', 'a0', 'b0', 'a1', 'b1', 'a2'] aaa bb <TaskGroup entered>
# expect: quick
# expect: caught ["ValueError('boom')"]
# expect: ['s1 cancelled', 's2 cancelled'] ['body cancelled'] 0
# expect: caught ["ValueError('second')"]
# expect: parent goes on
# expect: caught ["KeyError('body')"]
# expect: ['s1 cancelled']
# expect: a cancelled child is no error: True ['s done']
# expect: parent cancelled True ['c1 cancelled', 'c2 cancelled']
# expect: RuntimeError: TaskGroup <TaskGroup> has not been entered
# expect: RuntimeError: TaskGroup <TaskGroup entered> is finished
# expect: RuntimeError: TaskGroup <TaskGroup entered> has already been entered
# expect: <TaskGroup errors=1 cancelling>
# expect: RuntimeError: TaskGroup <TaskGroup errors=1 cancelling> is shutting down
# expect: caught ["ValueError('boom')"]
