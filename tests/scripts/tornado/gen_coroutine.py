# tornado.gen: generator coroutines (@gen.coroutine) yielding futures,
# lists, dicts and coroutines, gen.Return, an exception thrown back into
# the generator, gen.sleep, gen.moment, with_timeout, maybe_future.
# Expectations: python3 (Debian's /usr/bin/python3) with tornado 6.2 prints
# the same; the pyenv python3 has no tornado, hence:
# cpython: no
# coil runs it on the simulated clock, so a loaded machine cannot reorder
# timers a few milliseconds apart:
# coil-args: --virtual-time
import datetime
from tornado import gen
from tornado.concurrent import Future
from tornado.ioloop import IOLoop

order = []


@gen.coroutine
def double(x):
    order.append("double start %d" % x)
    yield gen.sleep(0.001)
    raise gen.Return(x * 2)


@gen.coroutine
def fails():
    yield gen.moment
    raise KeyError("k")


async def native(x):
    await gen.sleep(0.001)
    return x + 100


@gen.coroutine
def main():
    a = yield double(1)
    b, c = yield [double(2), native(3)]
    d = yield {"x": double(4), "y": native(5)}
    try:
        yield fails()
    except KeyError as e:
        order.append("caught %r" % (e,))
    e = yield gen.maybe_future(9)
    try:
        yield gen.with_timeout(datetime.timedelta(seconds=0.01), gen.sleep(1))
    except gen.TimeoutError:
        order.append("with_timeout")
    f = yield gen.with_timeout(IOLoop.current().time() + 1, native(1))
    return [a, b, c, sorted(d.items()), e, f]


print(gen.is_coroutine_function(main), gen.is_coroutine_function(native))
fut = double(10)
print(type(fut) is Future or isinstance(fut, Future), order)
print(IOLoop.current().run_sync(main))
print(order)


@gen.coroutine
def not_a_generator():
    return "plain"


print(IOLoop.current().run_sync(not_a_generator))


@gen.coroutine
def bad_yield():
    yield 42


try:
    IOLoop.current().run_sync(bad_yield)
except gen.BadYieldError as e:
    print("BadYieldError:", e)
# expect: True False
# expect: True ['double start 10']
# expect: [2, 4, 103, [('x', 8), ('y', 105)], 9, 101]
# expect: ['double start 10', 'double start 1', 'double start 2', 'double start 4', "caught KeyError('k')", 'with_timeout']
# expect: plain
# expect: BadYieldError: yielded unknown object 42
