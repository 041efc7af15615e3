"""tornado.gen: sleep, multi, moment, with_timeout, convert_yielded and the
generator-based @coroutine with Return (yield a future, a list/dict of them
or any awaitable; the result comes back from the yield)."""

import asyncio
import datetime
import functools
import types

from tornado.concurrent import Future, is_future, chain_future, future_add_done_callback, \
    future_set_result_unless_cancelled

TimeoutError = asyncio.TimeoutError


class BadYieldError(Exception):
    pass


class Return(Exception):
    """`raise gen.Return(value)`: a generator coroutine's result (before
    generators could `return value`)."""

    def __init__(self, value=None):
        super().__init__()
        self.value = value
        self.args = (value,)


def sleep(duration):
    """A Future that resolves (to None) after `duration` seconds."""
    from tornado.ioloop import IOLoop
    f = Future()
    IOLoop.current().call_later(duration, lambda: future_set_result_unless_cancelled(f, None))
    return f


class _Moment:
    """`yield gen.moment`: let the loop run one iteration."""


moment = _Moment()


def convert_yielded(yielded):
    """The Future for what a coroutine yielded or awaited."""
    if yielded is None or yielded is moment:
        return asyncio.ensure_future(asyncio.sleep(0))
    if isinstance(yielded, (list, dict)):
        return multi(yielded)
    if is_future(yielded):
        return yielded
    if asyncio.iscoroutine(yielded) or hasattr(yielded, "__await__"):
        return asyncio.ensure_future(yielded)
    raise BadYieldError("yielded unknown object %r" % (yielded,))


def multi(children, quiet_exceptions=()):
    """A Future for the results of a list (a list) or dict (a dict with the
    same keys) of futures/awaitables; the first error wins."""
    if isinstance(children, dict):
        keys = list(children.keys())
        futures = [convert_yielded(c) for c in children.values()]
    else:
        keys = None
        futures = [convert_yielded(c) for c in children]

    async def collect():
        results = await asyncio.gather(*futures)
        return dict(zip(keys, results)) if keys is not None else list(results)

    return asyncio.ensure_future(collect())


multi_future = multi


def maybe_future(x):
    if is_future(x):
        return x
    fut = Future()
    fut.set_result(x)
    return fut


def with_timeout(timeout, future, quiet_exceptions=()):
    """A Future with future's outcome, or TimeoutError at `timeout` (an
    IOLoop.time() deadline or a timedelta from now)."""
    from tornado.ioloop import IOLoop
    inner = convert_yielded(future)
    result = Future()
    chain_future(inner, result)
    io_loop = IOLoop.current()

    def on_timeout():
        if not result.done():
            result.set_exception(TimeoutError("Timeout"))

    handle = io_loop.add_timeout(timeout, on_timeout)
    future_add_done_callback(inner, lambda f: io_loop.remove_timeout(handle))
    return result


async def _drive(gen, yielded):
    # Runs a generator coroutine from its first yield to its end.
    while True:
        value = exc = None
        try:
            value = await convert_yielded(yielded)
        except Exception as e:
            exc = e
        try:
            yielded = gen.send(value) if exc is None else gen.throw(exc)
        except (StopIteration, Return) as e:
            return e.value


def coroutine(func):
    """Decorates a generator function: calling it runs it up to its first
    yield at once and returns a Future for its result."""
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        future = Future()
        try:
            result = func(*args, **kwargs)
            if isinstance(result, types.GeneratorType):
                gen = result
                try:
                    yielded = gen.send(None)
                except (StopIteration, Return) as e:
                    result = e.value
                else:
                    chain_future(asyncio.ensure_future(_drive(gen, yielded)), future)
                    return future
        except Return as e:
            result = e.value
        except Exception as e:
            future.set_exception(e)
            return future
        future.set_result(result)
        return future
    wrapper.__wrapped__ = func
    wrapper.__tornado_coroutine__ = True
    return wrapper


def is_coroutine_function(func):
    return getattr(func, "__tornado_coroutine__", False)
