"""tornado.concurrent: tornado's Future is asyncio's (as in tornado 5+)."""

import asyncio

Future = asyncio.Future
FUTURES = (asyncio.Future,)


def is_future(x):
    return isinstance(x, FUTURES)


def future_set_result_unless_cancelled(future, value):
    if not future.cancelled():
        future.set_result(value)


def future_set_exception_unless_cancelled(future, exc):
    if not future.cancelled():
        future.set_exception(exc)


def future_add_done_callback(future, callback):
    """Calls callback(future) once it is done: at once if it already is."""
    if future.done():
        callback(future)
    else:
        future.add_done_callback(callback)


def chain_future(a, b):
    """Copies a's outcome to b when a completes (unless b is already done)."""
    def copy(a):
        if b.done():
            return
        if a.cancelled():
            b.cancel()
        elif a.exception() is not None:
            b.set_exception(a.exception())
        else:
            b.set_result(a.result())
    future_add_done_callback(a, copy)
