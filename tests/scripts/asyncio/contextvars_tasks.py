# contextvars under asyncio: tasks, gather, call_soon/call_later, explicit contexts, done callbacks, to_thread, TaskGroup (expectations from python3 3.11)
import asyncio
import contextvars

request_id = contextvars.ContextVar('request_id', default='-')
log = []

def trace(msg):
    log.append(f'[{request_id.get()}] {msg}')

async def handler(rid, delay):
    request_id.set(rid)
    trace('start')
    await asyncio.sleep(delay)
    await helper()
    trace('end')
    return request_id.get()

async def helper():
    trace('helper sees')
    request_id.set(request_id.get() + '/h')   # same task: visible to the caller

async def child_sets():
    request_id.set('child')
    return request_id.get()

async def main():
    trace('main before')
    results = await asyncio.gather(handler('a', 0.02), handler('b', 0.01), handler('c', 0))
    print(results)
    trace('main after gather')
    request_id.set('parent')
    print(await asyncio.create_task(child_sets()), request_id.get())

    # call_soon / call_later run the callback in a copy of the caller's context
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    request_id.set('scheduled')
    loop.call_soon(lambda: trace('call_soon'))
    loop.call_later(0.001, lambda: (trace('call_later'), done.set_result(None)))
    request_id.set('changed after scheduling')
    await done

    # an explicit context
    ctx = contextvars.Context()
    ctx.run(request_id.set, 'in ctx')
    fut = loop.create_future()
    loop.call_soon(lambda: (trace('explicit context'), fut.set_result(1)), context=ctx)
    await fut
    t = asyncio.create_task(handler('ctx-task', 0), context=ctx)
    print(await t, ctx[request_id], request_id.get())

    # done callbacks
    f2 = loop.create_future()
    request_id.set('at add_done_callback')
    f2.add_done_callback(lambda f: trace('done callback'))
    f2.add_done_callback(lambda f: trace('done callback, own context'), context=ctx)
    request_id.set('at set_result')
    f2.set_result(None)
    await asyncio.sleep(0)

    # to_thread runs func in a copy of the context
    def work():
        trace('to_thread')
        request_id.set('set in thread')
        return request_id.get()
    print(await asyncio.to_thread(work), request_id.get())

    # TaskGroup children inherit a copy too
    async def tg_child(n):
        trace(f'tg child {n}')
        request_id.set(f'tg{n}')
    request_id.set('group')
    async with asyncio.TaskGroup() as tg:
        for n in range(2):
            tg.create_task(tg_child(n))
    trace('after group')


asyncio.run(main())
print('\n'.join(log))
print(request_id.get())
ctx = contextvars.copy_context()
ctx.run(request_id.set, 'outer ctx')
print(asyncio.run(handler('run-ctx', 0)), request_id.get())

# expect: ['a/h', 'b/h', 'c/h']
# expect: child parent
# expect: ctx-task/h ctx-task/h changed after scheduling
# expect: set in thread at set_result
# expect: [-] main before
# expect: [a] start
# expect: [b] start
# expect: [c] start
# expect: [c] helper sees
# expect: [c/h] end
# expect: [b] helper sees
# expect: [b/h] end
# expect: [a] helper sees
# expect: [a/h] end
# expect: [-] main after gather
# expect: [scheduled] call_soon
# expect: [scheduled] call_later
# expect: [in ctx] explicit context
# expect: [ctx-task] start
# expect: [ctx-task] helper sees
# expect: [ctx-task/h] end
# expect: [at add_done_callback] done callback
# expect: [ctx-task/h] done callback, own context
# expect: [at set_result] to_thread
# expect: [group] tg child 0
# expect: [group] tg child 1
# expect: [group] after group
# expect: -
# expect: run-ctx/h -
