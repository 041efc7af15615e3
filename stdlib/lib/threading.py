"""Thread objects and synchronization primitives, for a VM with one thread.

coil's version of CPython 3.11's threading module. coil runs one thread of
Python code, so a Thread does not run beside the code that started it:
start() queues it, and queued threads run, one after the other and each to
its end, at the first point where the code that started them waits: join(),
is_alive(), a Lock/Condition/Event/Semaphore/Barrier or queue.Queue that
would block, active_count()/enumerate(), and at the end of the program for
threads that are not daemons (if the atexit module is there). A wait that
nothing queued can satisfy raises RuntimeError (CPython would hang), or,
with a timeout, sleeps for it and gives up as CPython does. Locks and the
rest keep CPython's API and errors, and work as context managers.
"""

import sys as _sys
import time as _time

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'ExceptHookArgs', 'gettrace', 'getprofile',
           'get_native_id']

TIMEOUT_MAX = 9223372036.0
ThreadError = RuntimeError


# ---------------------------------------------------------------- scheduling

# Threads started and not yet run, in start order.
_pending = []
# The threads running now: the main thread, then each thread running inside
# the one below it (a thread runs when the one below waits).
_running = []
_next_ident = [140000000000000]


def _new_ident():
    _next_ident[0] += 4096
    return _next_ident[0]


def _run_pending(only=None):
    """Run queued threads (only `only`, when given) to their end; True if any ran."""
    ran = False
    while _pending:
        if only is not None:
            if only not in _pending:
                break
            thread = only
        else:
            thread = _pending[0]
        _pending.remove(thread)
        thread._bootstrap()
        ran = True
    return ran


def _wait_until(ready, timeout=None, what='wait'):
    """Block the way CPython would until ready() is true, by running the
    queued threads; False after `timeout` seconds if they do not make it so."""
    if ready():
        return True
    while _pending:
        _run_pending_one()
        if ready():
            return True
    if timeout is None or timeout < 0:
        raise RuntimeError(
            "deadlock: %s would block forever (coil runs threads one at a "
            "time, and no other thread is left to run)" % what)
    if timeout > 0:
        _time.sleep(timeout)
    return ready()


def _run_pending_one():
    thread = _pending.pop(0)
    thread._bootstrap()


# ---------------------------------------------------------------- identity

def get_ident():
    """Return a non-zero integer that identifies the current thread."""
    return current_thread().ident


def get_native_id():
    """Return the native integral Thread ID of the current thread."""
    return current_thread().native_id


def current_thread():
    """Return the current Thread object."""
    return _running[-1] if _running else _main_thread


currentThread = current_thread


def main_thread():
    """Return the main thread object."""
    return _main_thread


def active_count():
    """Return the number of Thread objects currently alive."""
    _run_pending()
    return 1 + len(_running)


activeCount = active_count


def enumerate():
    """Return a list of all Thread objects currently alive."""
    _run_pending()
    return [_main_thread] + [t for t in _running if t is not _main_thread]


def settrace(func):
    _sys.modules[__name__]._trace_hook = func


def setprofile(func):
    _sys.modules[__name__]._profile_hook = func


_trace_hook = None
_profile_hook = None


def gettrace():
    return _trace_hook


def getprofile():
    return _profile_hook


def stack_size(size=0):
    if size != 0 and size < 32768:
        raise ValueError("size not valid: %d bytes" % size)
    return 0


# ---------------------------------------------------------------- locks

class _LockBase:
    _name = 'lock'

    def __init__(self):
        self._owner = None
        self._count = 0

    def locked(self):
        return self._count > 0

    def _can_take(self):
        return self._count == 0

    def acquire(self, blocking=True, timeout=-1):
        if not blocking and timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        if timeout < 0 and timeout != -1:
            raise ValueError("timeout value must be a non-negative number")
        if not self._can_take():
            if not blocking:
                return False
            if not _wait_until(self._can_take, None if timeout == -1 else timeout,
                               'acquiring a %s' % self._name):
                return False
        self._owner = current_thread()
        self._count += 1
        return True

    def __enter__(self):
        return self.acquire()

    def __exit__(self, t, v, tb):
        self.release()

    def _at_fork_reinit(self):
        self._owner = None
        self._count = 0


class Lock(_LockBase):
    """A primitive lock: acquired by one thread at a time."""

    def release(self):
        if not self._count:
            raise RuntimeError("release unlocked lock")
        self._owner = None
        self._count = 0

    acquire_lock = _LockBase.acquire
    release_lock = release
    locked_lock = _LockBase.locked

    def __repr__(self):
        return "<%s %s object at %s>" % (
            "locked" if self._count else "unlocked",
            "_thread.lock", hex(id(self)))


LockType = Lock
allocate_lock = Lock


class _RLock(_LockBase):
    """A reentrant lock: the thread holding it may acquire it again."""

    _name = 'RLock'

    def _can_take(self):
        return self._count == 0 or self._owner is current_thread()

    def release(self):
        if self._owner is not current_thread() or not self._count:
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if not self._count:
            self._owner = None

    def _is_owned(self):
        return self._count > 0 and self._owner is current_thread()

    def __repr__(self):
        return "<%s %s.%s object owner=%r count=%d at %s>" % (
            "locked" if self._count else "unlocked",
            self.__class__.__module__, self.__class__.__qualname__,
            self._owner.ident if self._owner else 0, self._count, hex(id(self)))


def RLock(*args, **kwargs):
    """Factory function that returns a new reentrant lock."""
    return _RLock(*args, **kwargs)


class Condition:
    """A condition variable: wait() until another thread calls notify()."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _is_owned(self):
        if isinstance(self._lock, _RLock):
            return self._lock._is_owned()
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = [False]
        self._waiters.append(waiter)
        lock = self._lock
        saved = lock._count
        owner = lock._owner
        lock._count = 0
        lock._owner = None
        try:
            return _wait_until(lambda: waiter[0], timeout, 'Condition.wait()')
        finally:
            if waiter in self._waiters:
                self._waiters.remove(waiter)
            lock._count = saved
            lock._owner = owner

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        endtime = None if timeout is None else _time.monotonic() + timeout
        while not result:
            waittime = None
            if endtime is not None:
                waittime = endtime - _time.monotonic()
                if waittime <= 0:
                    break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        for waiter in self._waiters[:n]:
            waiter[0] = True
            self._waiters.remove(waiter)

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        self.notify_all()


class Semaphore:
    """A counter: acquire() decrements it, waiting while it is zero."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}>")

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if self._value == 0:
            if not blocking:
                return False
            if not _wait_until(lambda: self._value > 0, timeout,
                               'acquiring a Semaphore'):
                return False
        self._value -= 1
        return True

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        self._value += n

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore that checks it is not released more than acquired."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}/{self._initial_value}>")

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        if self._value + n > self._initial_value:
            raise ValueError("Semaphore released too many times")
        self._value += n


class Event:
    """A flag: wait() blocks until some thread set()s it."""

    def __init__(self):
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        status = 'set' if self._flag else 'unset'
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {status}>"

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        return _wait_until(lambda: self._flag, timeout, 'Event.wait()')


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Waits until `parties` threads have called wait()."""

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._count = 0
        self._generation = 0
        self._broken = False

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>"
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" waiters={self.n_waiting}/{self.parties}>")

    def wait(self, timeout=None):
        if self._broken:
            raise BrokenBarrierError
        index = self._count
        self._count += 1
        generation = self._generation
        if self._count == self._parties:
            try:
                if self._action:
                    self._action()
            except:
                self._broken = True
                raise
            self._count = 0
            self._generation += 1
            return index
        if timeout is None:
            timeout = self._timeout
        try:
            done = _wait_until(lambda: self._generation != generation or self._broken,
                               timeout, 'Barrier.wait()')
        except RuntimeError:
            self._broken = True
            raise
        if not done or self._broken:
            self._broken = True
            raise BrokenBarrierError
        return index

    def reset(self):
        self._count = 0
        self._broken = False

    def abort(self):
        self._broken = True

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count

    @property
    def broken(self):
        return self._broken


# ---------------------------------------------------------------- threads

_counter = [0]


def _newname(name_template):
    _counter[0] += 1
    return name_template % _counter[0]


class Thread:
    """A thread of control: run() calls target(*args, **kwargs)."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    target_name = target.__name__
                    name += f" ({target_name})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._started = False
        self._is_stopped = False
        self._initialized = True
        self._stderr = _sys.stderr

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started:
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        """Start the thread: coil runs it when the starting code first waits."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started:
            raise RuntimeError("threads can only be started once")
        self._started = True
        self._ident = _new_ident()
        self._native_id = self._ident % 1000000
        _pending.append(self)

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        _running.append(self)
        try:
            self.run()
        except SystemExit:
            pass
        except BaseException as exc:
            excepthook(ExceptHookArgs((type(exc), exc, exc.__traceback__, self)))
        finally:
            _running.pop()
            self._is_stopped = True

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if self in _pending:
            _run_pending(self)
        elif not self._is_stopped and timeout is not None and timeout > 0:
            _time.sleep(timeout)

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._native_id

    def is_alive(self):
        if self in _pending:
            _run_pending()
        return self._started and not self._is_stopped

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class _MainThread(Thread):

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started = True
        self._ident = _new_ident()
        self._native_id = self._ident % 1000000


class ExceptHookArgs(tuple):
    """The argument of threading.excepthook: exc_type, exc_value,
    exc_traceback, thread."""

    def __new__(cls, args):
        return tuple.__new__(cls, args)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])


def excepthook(args, /):
    """Report an exception raised by Thread.run() on stderr, as CPython does."""
    if args.exc_type == SystemExit:
        return
    import traceback
    stderr = _sys.stderr
    if stderr is None:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    print(f"Exception in thread {name}:", file=stderr, flush=True)
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback,
                              file=stderr)
    stderr.flush()


__excepthook__ = excepthook


class Timer(Thread):
    """Call a function after a number of seconds (when the thread runs)."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        if not self.finished.is_set():
            _time.sleep(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class local:
    """Thread-local data: with one thread running at a time, a plain object."""


def _shutdown():
    """Run the threads still queued that are not daemons (the program's end)."""
    while True:
        for thread in _pending:
            if not thread.daemon:
                break
        else:
            return
        _run_pending(thread)


_main_thread = _MainThread()

try:
    import atexit as _atexit
except ImportError:  # coil: without atexit, queued threads run only when waited for
    _atexit = None
if _atexit is not None:
    _atexit.register(_shutdown)
