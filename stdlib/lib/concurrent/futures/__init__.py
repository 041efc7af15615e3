"""Execute computations asynchronously using threads or processes.

coil's version of CPython 3.11's concurrent.futures, for a VM that runs one
thread: an executor runs each call to its end inside submit() (and map()),
on a worker that current_thread() names as CPython's would
("ThreadPoolExecutor-0_0"), and hands back a Future that is already done;
ProcessPoolExecutor does the same in this process. Futures, wait(),
as_completed() (futures in the order given), map() and shutdown() keep
CPython's API, states, reprs and errors.
"""

import threading as _threading
import time as _time
from collections import namedtuple as _namedtuple

__all__ = (
    'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
    'CancelledError', 'TimeoutError', 'BrokenExecutor', 'InvalidStateError',
    'Future', 'Executor', 'wait', 'as_completed',
    'ProcessPoolExecutor', 'ThreadPoolExecutor',
)

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_PENDING = 'PENDING'
_RUNNING = 'RUNNING'
_CANCELLED = 'CANCELLED'
_CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
_FINISHED = 'FINISHED'

_STATE_TO_DESCRIPTION_MAP = {
    _PENDING: "pending",
    _RUNNING: "running",
    _CANCELLED: "cancelled",
    _CANCELLED_AND_NOTIFIED: "cancelled",
    _FINISHED: "finished",
}


class Error(Exception):
    """Base class for all future-related exceptions."""


class CancelledError(Error):
    """The Future was cancelled."""
    __module__ = 'concurrent.futures._base'


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""
    __module__ = 'concurrent.futures._base'


class BrokenExecutor(RuntimeError):
    """Raised when a executor has become non-functional after a severe failure."""
    __module__ = 'concurrent.futures._base'


class Future:
    """Represents the result of an asynchronous computation."""

    def __init__(self):
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception as exc:
                _report_callback_error(self, exc)

    def __repr__(self):
        name = self.__class__.__name__
        if self._state == _FINISHED:
            if self._exception:
                return '<%s at %#x state=%s raised %s>' % (
                    name, id(self), _STATE_TO_DESCRIPTION_MAP[self._state],
                    self._exception.__class__.__name__)
            return '<%s at %#x state=%s returned %s>' % (
                name, id(self), _STATE_TO_DESCRIPTION_MAP[self._state],
                self._result.__class__.__name__)
        return '<%s at %#x state=%s>' % (
            name, id(self), _STATE_TO_DESCRIPTION_MAP[self._state])

    def cancel(self):
        """Cancel the future if possible; True if it is (now) cancelled."""
        if self._state in [_RUNNING, _FINISHED]:
            return False
        if self._state in [_CANCELLED, _CANCELLED_AND_NOTIFIED]:
            return True
        self._state = _CANCELLED
        self._invoke_callbacks()
        return True

    def cancelled(self):
        return self._state in [_CANCELLED, _CANCELLED_AND_NOTIFIED]

    def running(self):
        return self._state == _RUNNING

    def done(self):
        return self._state in [_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED]

    def __get_result(self):
        if self._exception:
            try:
                raise self._exception
            finally:
                self = None
        return self._result

    def add_done_callback(self, fn):
        """Call fn(future) when the future is done (now, if it is)."""
        if not self.done():
            self._done_callbacks.append(fn)
            return
        try:
            fn(self)
        except Exception as exc:
            _report_callback_error(self, exc)

    def result(self, timeout=None):
        """The call's return value; raises its exception, CancelledError or
        TimeoutError."""
        if self._state in [_CANCELLED, _CANCELLED_AND_NOTIFIED]:
            raise CancelledError()
        if self._state == _FINISHED:
            return self.__get_result()
        self._wait(timeout)
        if self._state in [_CANCELLED, _CANCELLED_AND_NOTIFIED]:
            raise CancelledError()
        if self._state == _FINISHED:
            return self.__get_result()
        raise TimeoutError()

    def exception(self, timeout=None):
        """The exception the call raised, or None."""
        if self._state in [_CANCELLED, _CANCELLED_AND_NOTIFIED]:
            raise CancelledError()
        if self._state == _FINISHED:
            return self._exception
        self._wait(timeout)
        if self._state in [_CANCELLED, _CANCELLED_AND_NOTIFIED]:
            raise CancelledError()
        if self._state == _FINISHED:
            return self._exception
        raise TimeoutError()

    def _wait(self, timeout):
        # A future nobody runs (made by hand) may be finished by a thread.
        _threading._wait_until(self.done, timeout, 'Future.result()')

    def set_running_or_notify_cancel(self):
        if self._state == _CANCELLED:
            self._state = _CANCELLED_AND_NOTIFIED
            return False
        if self._state == _PENDING:
            self._state = _RUNNING
            return True
        raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        if self._state in {_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED}:
            raise InvalidStateError('{}: {!r}'.format(self._state, self))
        self._result = result
        self._state = _FINISHED
        self._invoke_callbacks()

    def set_exception(self, exception):
        if self._state in {_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED}:
            raise InvalidStateError('{}: {!r}'.format(self._state, self))
        self._exception = exception
        self._state = _FINISHED
        self._invoke_callbacks()


def _report_callback_error(future, exc):
    import sys
    import traceback
    print('exception calling callback for %r' % (future,), file=sys.stderr)
    traceback.print_exception(type(exc), exc, exc.__traceback__, file=sys.stderr)


class Executor:
    """Base class of the executors: subclasses run calls in _run_call()."""

    _shutdown = False

    def submit(self, fn, /, *args, **kwargs):
        """Run fn(*args, **kwargs); return a Future for its outcome."""
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        future = Future()
        future.set_running_or_notify_cancel()
        try:
            result = self._run_call(fn, args, kwargs)
        except BaseException as exc:
            future.set_exception(exc)
        else:
            future.set_result(result)
        return future

    def _run_call(self, fn, args, kwargs):
        return fn(*args, **kwargs)

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), each call run by the executor."""
        if timeout is not None:
            end_time = timeout + _time.monotonic()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    yield fs.pop().result()
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class _WorkerThread(_threading.Thread):
    """What current_thread() returns inside a call an executor runs."""

    def __init__(self, name):
        _threading.Thread.__init__(self, name=name, daemon=False)
        self._started = True
        self._ident = _threading._new_ident()
        self._native_id = self._ident % 1000000


class ThreadPoolExecutor(Executor):
    _counter = [0]

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        if max_workers is None:
            import os
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % self._next_number()))
        self._initializer = initializer
        self._initargs = initargs
        self._threads = []
        self._calls = 0

    @classmethod
    def _next_number(cls):
        number = cls._counter[0]
        cls._counter[0] += 1
        return number

    def _worker(self):
        index = self._calls % self._max_workers
        self._calls += 1
        if index == len(self._threads):
            worker = _WorkerThread('%s_%d' % (self._thread_name_prefix, index))
            self._threads.append(worker)
            if self._initializer is not None:
                self._in_worker(worker, self._initializer, self._initargs, {})
        return self._threads[index]

    def _in_worker(self, worker, fn, args, kwargs):
        _threading._running.append(worker)
        try:
            return fn(*args, **kwargs)
        finally:
            _threading._running.pop()

    def _run_call(self, fn, args, kwargs):
        return self._in_worker(self._worker(), fn, args, kwargs)


class ProcessPoolExecutor(Executor):
    """Runs each call in this process, as ThreadPoolExecutor does."""

    def __init__(self, max_workers=None, mp_context=None,
                 initializer=None, initargs=(), *, max_tasks_per_child=None):
        if max_workers is not None and max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._initializer = initializer
        self._initargs = initargs
        self._initialized = False

    def _run_call(self, fn, args, kwargs):
        if self._initializer is not None and not self._initialized:
            self._initialized = True
            self._initializer(*self._initargs)
        return fn(*args, **kwargs)


DoneAndNotDoneFutures = _namedtuple('DoneAndNotDoneFutures', 'done not_done')


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures in fs; a named 2-tuple of sets (done, not_done)."""
    fs = set(fs)

    def failed(f):
        return not f.cancelled() and f.exception() is not None

    def ready():
        done = [f for f in fs if f.done()]
        if return_when == FIRST_COMPLETED:
            return bool(done) or not fs
        if return_when == FIRST_EXCEPTION and any(failed(f) for f in done):
            return True
        return len(done) == len(fs)

    _threading._wait_until(ready, timeout, 'concurrent.futures.wait()')
    done = set(f for f in fs if f.done())
    return DoneAndNotDoneFutures(done, fs - done)


def as_completed(fs, timeout=None):
    """Yield the futures of fs as they complete (here: in the order given)."""
    seen = set()
    ordered = []
    for f in fs:
        if f not in seen:
            seen.add(f)
            ordered.append(f)
    pending = []
    for f in ordered:
        if f.done():
            yield f
        else:
            pending.append(f)
    for f in pending:
        _threading._wait_until(f.done, timeout, 'as_completed()')
        if not f.done():
            raise TimeoutError('%d (of %d) futures unfinished' % (
                len([g for g in pending if not g.done()]), len(ordered)))
        yield f
