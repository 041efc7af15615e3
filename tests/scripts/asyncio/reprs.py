# reprs of tasks, futures and handles, as CPython's.
import asyncio

def show(x):
    print(repr(x).replace(__file__, 'FILE'))

async def work():
    await asyncio.sleep(0)
    return 5

def cb(fut):
    pass

loop = asyncio.new_event_loop()
t = loop.create_task(work(), name='worker')
show(t)
print(t.get_name())
fut = loop.create_future()
show(fut)
fut.add_done_callback(cb)
show(fut)
h = loop.call_soon(cb, 1)
show(h)
h.cancel()
show(h)
loop.run_until_complete(t)
show(t)
fut.set_result([1, 'a'])
show(fut)
fut2 = loop.create_future()
fut2.set_exception(ValueError('bad'))
show(fut2)
fut2.exception()
c = loop.create_future(); c.cancel(); show(c)
show(loop)
loop.close()
show(loop)

# expect: <Task pending name='worker' coro=<work() running at FILE:7>>
# expect: worker
# expect: <Future pending>
# expect: <Future pending cb=[cb() at FILE:11]>
# expect: <Handle cb(1) at FILE:11>
# expect: <Handle cancelled>
# expect: <Task finished name='worker' coro=<work() done, defined at FILE:7> result=5>
# expect: <Future finished result=[1, 'a']>
# expect: <Future finished exception=ValueError('bad')>
# expect: <Future cancelled>
# expect: <_UnixSelectorEventLoop running=False closed=False debug=False>
# expect: <_UnixSelectorEventLoop running=False closed=True debug=False>
