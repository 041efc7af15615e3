"""tornado.ioloop: IOLoop over coil's asyncio loop (one IOLoop per asyncio
loop, as tornado 5+ does) and PeriodicCallback. Callbacks that raise are
logged to the "tornado.application" logger and the loop goes on."""

import asyncio
import datetime
import functools
import logging
import math
import time as _time

from tornado.concurrent import Future, is_future, future_add_done_callback, \
    future_set_result_unless_cancelled

app_log = logging.getLogger("tornado.application")

TimeoutError = asyncio.TimeoutError

# asyncio loop -> its IOLoop.
_ioloop_for_asyncio = {}


class IOLoop:
    NONE = 0
    READ = 0x001
    WRITE = 0x004
    ERROR = 0x018

    def __init__(self, make_current=True, asyncio_loop=None):
        # IOLoop() owns a new asyncio loop; current() wraps the running one.
        self._owns_loop = asyncio_loop is None
        if asyncio_loop is None:
            asyncio_loop = asyncio.new_event_loop()
        self.asyncio_loop = asyncio_loop
        self._closed = False
        self._handlers = {}  # fd -> (the object passed, handler)
        _ioloop_for_asyncio[asyncio_loop] = self
        if make_current:
            self.make_current()

    # ------------------------------------------------------------ instances

    @staticmethod
    def current(instance=True):
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            loop = asyncio.get_event_loop()
        current = _ioloop_for_asyncio.get(loop)
        if current is None and instance:
            current = IOLoop(make_current=False, asyncio_loop=loop)
        return current

    @staticmethod
    def instance():
        """The tutorial's spelling; an alias of current() since tornado 5."""
        return IOLoop.current()

    def make_current(self):
        asyncio.set_event_loop(self.asyncio_loop)

    @staticmethod
    def clear_current():
        asyncio.set_event_loop(None)

    # ------------------------------------------------------------ running

    def start(self):
        """Runs until stop() is called."""
        # The loop is the current one while it runs (IOLoop() made a new one).
        try:
            old = asyncio.get_event_loop()
        except RuntimeError:
            old = None
        asyncio.set_event_loop(self.asyncio_loop)
        try:
            self.asyncio_loop.run_forever()
        finally:
            asyncio.set_event_loop(old)

    def stop(self):
        """Makes start() return once the callbacks already due have run."""
        self.asyncio_loop.stop()

    def close(self, all_fds=False):
        if self._closed:
            return
        self._closed = True
        _ioloop_for_asyncio.pop(self.asyncio_loop, None)
        self.asyncio_loop.close()

    def run_sync(self, func, timeout=None):
        """Starts the loop, runs func (a plain function or one returning an
        awaitable) and stops the loop when its result is ready; returns the
        result or raises its exception; TimeoutError after `timeout` s."""
        future_cell = [None]

        def run():
            try:
                result = func()
                if result is not None:
                    from tornado.gen import convert_yielded
                    result = convert_yielded(result)
            except Exception as e:
                fut = Future()
                future_cell[0] = fut
                fut.set_exception(e)
            else:
                if is_future(result):
                    future_cell[0] = result
                else:
                    fut = Future()
                    future_cell[0] = fut
                    fut.set_result(result)
            self.add_future(future_cell[0], lambda future: self.stop())

        self.add_callback(run)
        timeout_handle = None
        if timeout is not None:
            def timeout_callback():
                # A coroutine cancelled here may catch CancelledError and go
                # on; the loop stops anyway once it is done.
                if not future_cell[0].cancel():
                    self.stop()
            timeout_handle = self.add_timeout(self.time() + timeout, timeout_callback)
        self.start()
        if timeout_handle is not None:
            self.remove_timeout(timeout_handle)
        fut = future_cell[0]
        if fut.cancelled() or not fut.done():
            raise TimeoutError("Operation timed out after %s seconds" % timeout)
        return fut.result()

    def time(self):
        """The loop's clock (monotonic seconds), the base of call_at."""
        return self.asyncio_loop.time()

    # ------------------------------------------------------------ scheduling

    def add_callback(self, callback, *args, **kwargs):
        """Calls callback(*args, **kwargs) on the next loop iteration."""
        self.asyncio_loop.call_soon(self._run_callback, functools.partial(callback, *args, **kwargs))

    add_callback_from_signal = add_callback

    def spawn_callback(self, callback, *args, **kwargs):
        """add_callback for a callback (often a coroutine function) whose
        result nobody awaits: its errors are logged."""
        self.add_callback(callback, *args, **kwargs)

    def call_later(self, delay, callback, *args, **kwargs):
        """Calls back after `delay` seconds; returns a handle for remove_timeout."""
        return self.call_at(self.time() + delay, callback, *args, **kwargs)

    def call_at(self, when, callback, *args, **kwargs):
        """Calls back when the loop's clock (time()) reaches `when`."""
        return self.asyncio_loop.call_at(max(0, when), self._run_callback,
                                         functools.partial(callback, *args, **kwargs))

    def add_timeout(self, deadline, callback, *args, **kwargs):
        """deadline: a time() value or a datetime.timedelta from now."""
        if isinstance(deadline, (int, float)) and not isinstance(deadline, bool):
            return self.call_at(deadline, callback, *args, **kwargs)
        if isinstance(deadline, datetime.timedelta):
            return self.call_at(self.time() + deadline.total_seconds(), callback, *args, **kwargs)
        raise TypeError("Unsupported deadline %r" % (deadline,))

    def remove_timeout(self, timeout):
        timeout.cancel()

    def add_future(self, future, callback):
        """Calls callback(future) on the loop once the future is done."""
        future_add_done_callback(future, lambda f: self.add_callback(callback, f))

    # ------------------------------------------------------------ descriptors

    def split_fd(self, fd):
        """(descriptor number, the object passed): an int or a fileno() owner."""
        if isinstance(fd, int):
            return fd, fd
        return fd.fileno(), fd

    def add_handler(self, fd, handler, events):
        """Calls handler(fd, events) when fd is readable (READ) or writable (WRITE)."""
        fd, fileobj = self.split_fd(fd)
        if fd in self._handlers:
            raise ValueError("fd %s added twice" % fd)
        self._handlers[fd] = (fileobj, handler)
        self._watch(fd, events)

    def update_handler(self, fd, events):
        """Changes the events watched for an added fd."""
        fd, _ = self.split_fd(fd)
        self._unwatch(fd)
        self._watch(fd, events)

    def remove_handler(self, fd):
        fd, _ = self.split_fd(fd)
        if fd not in self._handlers:
            return
        self._unwatch(fd)
        del self._handlers[fd]

    def _watch(self, fd, events):
        if events & IOLoop.READ:
            self.asyncio_loop.add_reader(fd, self._handle_events, fd, IOLoop.READ)
        if events & IOLoop.WRITE:
            self.asyncio_loop.add_writer(fd, self._handle_events, fd, IOLoop.WRITE)

    def _unwatch(self, fd):
        self.asyncio_loop.remove_reader(fd)
        self.asyncio_loop.remove_writer(fd)

    def _handle_events(self, fd, events):
        fileobj, handler = self._handlers[fd]
        handler(fileobj, events)

    def run_in_executor(self, executor, func, *args):
        return self.asyncio_loop.run_in_executor(executor, func, *args)

    def _run_callback(self, callback):
        try:
            ret = callback()
            if ret is not None:
                from tornado.gen import convert_yielded, BadYieldError
                try:
                    ret = convert_yielded(ret)
                except BadYieldError:
                    pass  # not an awaitable: the value is dropped
                else:
                    self.add_future(ret, self._discard_future_result)
        except asyncio.CancelledError:
            pass
        except Exception:
            app_log.error("Exception in callback %r", callback, exc_info=True)

    def _discard_future_result(self, future):
        # Only for its side effect: an exception is logged.
        future.result()


class PeriodicCallback:
    """Calls callback every callback_time milliseconds once started; a late
    call skips the missed runs instead of bunching them."""

    def __init__(self, callback, callback_time, jitter=0):
        if callback_time <= 0:
            raise ValueError("Periodic callback must have a positive callback_time")
        if isinstance(callback_time, datetime.timedelta):
            callback_time = callback_time.total_seconds() * 1000
        self.callback = callback
        self.callback_time = callback_time
        self.jitter = jitter
        self._running = False
        self._timeout = None

    def start(self):
        self.io_loop = IOLoop.current()
        self._running = True
        self._next_timeout = self.io_loop.time()
        self._schedule_next()

    def stop(self):
        self._running = False
        if self._timeout is not None:
            self.io_loop.remove_timeout(self._timeout)
            self._timeout = None

    def is_running(self):
        return self._running

    def _run(self):
        if not self._running:
            return
        try:
            return self.callback()
        except Exception:
            app_log.error("Exception in callback %r", self.callback, exc_info=True)
        finally:
            self._schedule_next()

    def _schedule_next(self):
        if self._running:
            self._update_next(self.io_loop.time())
            self._timeout = self.io_loop.add_timeout(self._next_timeout, self._run)

    def _update_next(self, current_time):
        period = self.callback_time / 1000.0
        if self._next_timeout <= current_time:
            self._next_timeout += (math.floor((current_time - self._next_timeout) / period) + 1) * period
        else:
            self._next_timeout += period
