# When nothing can ever wake the loop, run_forever() returns after one line
# on stderr (CPython would hang), and run_until_complete raises a
# RuntimeError naming the future that can never complete.
# cpython: no
import asyncio

loop = asyncio.new_event_loop()
loop.call_soon(print, 'callback ran')
loop.run_forever()
print('run_forever returned')
fut = loop.create_future()
try:
    loop.run_until_complete(fut)
except RuntimeError as e:
    print(e)

async def waits_forever():
    await loop.create_future()

try:
    loop.run_until_complete(waits_forever())
except RuntimeError as e:
    print(str(e).replace(__file__, 'FILE'))

# expect: callback ran
# expect: run_forever returned
# expect: Event loop ran out of work: nothing can ever complete <Future pending cb=[_run_until_complete_cb()]>
# expect stderr: coil: the event loop ran out of work (no ready callbacks, no timers): run_forever() returns
# expect: Event loop ran out of work: nothing can ever complete <Task pending name='Task-1' coro=<waits_forever() running at FILE:18> wait_for=<Future pending cb=[Task.task_wakeup()]> cb=[_run_until_complete_cb()]>
