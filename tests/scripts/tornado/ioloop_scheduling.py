# IOLoop scheduling: add_callback order, call_later/call_at/add_timeout
# (number or timedelta) ordered by due time, remove_timeout, stop() from a
# callback and a second start(), spawn_callback of a coroutine, add_future,
# PeriodicCallback, run_sync (a value, a coroutine, an exception, timeout).
# Expectations: python3 (Debian's /usr/bin/python3) with tornado 6.2 prints
# the same; the pyenv python3 has no tornado, hence:
# cpython: no
# coil runs it on the simulated clock, so a loaded machine cannot reorder
# timers a few milliseconds apart:
# coil-args: --virtual-time
import asyncio
import datetime
from tornado.ioloop import IOLoop, PeriodicCallback
from tornado import gen
from tornado.concurrent import Future

io_loop = IOLoop.current()
print(IOLoop.current() is io_loop, IOLoop.instance() is io_loop)
events = []


def note(name, *args):
    events.append(name + ("".join(map(str, args)) if args else ""))


io_loop.call_later(0.03, note, "later30")
io_loop.call_later(0.01, note, "later10")
io_loop.add_timeout(datetime.timedelta(seconds=0.02), note, "timedelta20")
io_loop.call_at(io_loop.time() + 0.015, note, "at15")
handle = io_loop.call_later(0.012, note, "removed")
io_loop.remove_timeout(handle)
io_loop.add_timeout(io_loop.time() + 0.005, note, "timeout5")
io_loop.add_callback(note, "cb", 1)
io_loop.add_callback(note, "cb", 2)
io_loop.add_callback(lambda: io_loop.add_callback(note, "nested"))
io_loop.call_later(0.05, io_loop.stop)
io_loop.start()
print(events)

# stop() and start() again.
events.clear()
io_loop.add_callback(note, "again")
io_loop.add_callback(io_loop.stop)
io_loop.start()
print(events)


async def worker(n):
    await gen.sleep(0.01)
    note("worker", n)
    return n * 2


events.clear()
io_loop.spawn_callback(worker, 7)
fut = Future()
io_loop.add_future(fut, lambda f: note("future done ", f.result()))
io_loop.call_later(0.005, fut.set_result, "ok")
io_loop.call_later(0.05, io_loop.stop)
io_loop.start()
print(events)

# PeriodicCallback every 10 ms, stopped after three runs.
ticks = []


def tick():
    ticks.append(len(ticks))
    if len(ticks) == 3:
        pc.stop()
        io_loop.stop()


pc = PeriodicCallback(tick, 10)
print(pc.is_running())
pc.start()
print(pc.is_running())
io_loop.start()
print(ticks, pc.is_running())

print(io_loop.run_sync(lambda: None))
try:
    io_loop.run_sync(lambda: 42)
except gen.BadYieldError as e:
    print("BadYieldError:", e)
print(io_loop.run_sync(lambda: worker(5)))


async def fails():
    await asyncio.sleep(0)
    raise ValueError("bad")


try:
    io_loop.run_sync(fails)
except ValueError as e:
    print("ValueError:", e)

try:
    io_loop.run_sync(lambda: gen.sleep(1), timeout=0.05)
except asyncio.TimeoutError as e:
    print(type(e).__name__, e)
try:
    PeriodicCallback(tick, 0)
except ValueError as e:
    print("ValueError:", e)
# expect: True True
# expect: ['cb1', 'cb2', 'nested', 'timeout5', 'later10', 'at15', 'timedelta20', 'later30']
# expect: ['again']
# expect: ['future done ok', 'worker7']
# expect: False
# expect: True
# expect: [0, 1, 2] False
# expect: None
# expect: BadYieldError: yielded unknown object 42
# expect: 10
# expect: ValueError: bad
# expect: TimeoutError Operation timed out after 0.05 seconds
# expect: ValueError: Periodic callback must have a positive callback_time
