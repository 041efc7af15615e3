"""gevent.hub: the hub, a greenlet running the event loop (callbacks,
timers, descriptor readiness on epoll). A green thread that waits registers
how it is to be woken, then switches to the hub; the hub switches back."""

import sys
import heapq
import time as _time
from collections import deque
import selectors as _selectors

from greenlet import greenlet, getcurrent, GreenletExit

__all__ = ['get_hub', 'Hub', 'sleep', 'idle', 'kill', 'Waiter', 'LoopExit', 'BlockingSwitchOutError']

# The unpatched clock and sleep (monkey.patch_time replaces time.sleep).
_monotonic = _time.monotonic
_real_sleep = _time.sleep


class LoopExit(Exception):
    """The hub ran out of things to do while a greenlet waited: the wait
    would never end."""

    def __str__(self):
        if len(self.args) == 2:
            return '%s\n\tHub: %r\n\tHandles: []' % self.args
        return Exception.__str__(self)


class BlockingSwitchOutError(AssertionError):
    pass


class _Handle:
    # A queued callback or a timer; stop() cancels it.
    __slots__ = ('callback', 'args', 'when', 'pending')

    def __init__(self, callback, args, when=None):
        self.callback = callback
        self.args = args
        self.when = when
        self.pending = True

    def stop(self):
        self.pending = False
        self.callback = None
        self.args = None

    close = cancel = stop

    @property
    def active(self):
        return self.pending


_READY = object()
_TIMED_OUT = object()


class Hub(greenlet):
    """The event loop's greenlet. Its parent is the main greenlet, to which
    it throws LoopExit when nothing is left to wait for."""

    def __init__(self):
        greenlet.__init__(self)
        self._callbacks = deque()
        self._timers = []  # heap of (when, seq, handle)
        self._seq = 0
        self._selector = None
        self._waiters = {}  # fd -> [greenlet waiting to read, greenlet waiting to write]

    def __repr__(self):
        return '<Hub at 0x%x>' % id(self)

    # ---- scheduling
    def run_callback(self, callback, *args):
        h = _Handle(callback, args)
        self._callbacks.append(h)
        return h

    def timer(self, seconds, callback, *args):
        h = _Handle(callback, args, _monotonic() + max(seconds, 0.0))
        self._seq += 1
        heapq.heappush(self._timers, (h.when, self._seq, h))
        return h

    def wait_fd(self, fd, event, timeout=None):
        """Blocks the current greenlet until `fd` is ready for `event`
        (selectors.EVENT_READ or EVENT_WRITE); TimeoutError after `timeout`."""
        cur = getcurrent()
        if cur is self:
            raise BlockingSwitchOutError('Impossible to call blocking function in the event loop callback')
        slot = 0 if event == _selectors.EVENT_READ else 1
        if self._selector is None:
            self._selector = _selectors.DefaultSelector()
        waiters = self._waiters.get(fd)
        if waiters is None:
            waiters = self._waiters[fd] = [None, None]
        if waiters[slot] is not None:
            raise RuntimeError('This socket is already used by another greenlet: %r' % (waiters[slot],))
        waiters[slot] = cur
        self._update_fd(fd)
        t = None if timeout is None else self.timer(timeout, cur.switch, _TIMED_OUT)
        try:
            result = self.switch()
        finally:
            if t is not None:
                t.stop()
            waiters[slot] = None
            self._update_fd(fd)
        if result is _TIMED_OUT:
            raise TimeoutError('timed out')

    def _update_fd(self, fd):
        waiters = self._waiters.get(fd)
        events = 0
        if waiters is not None:
            if waiters[0] is not None:
                events |= _selectors.EVENT_READ
            if waiters[1] is not None:
                events |= _selectors.EVENT_WRITE
        sel = self._selector
        registered = fd in sel.get_map()
        if not events:
            self._waiters.pop(fd, None)
            if registered:
                try:
                    sel.unregister(fd)
                except (KeyError, ValueError, OSError):
                    pass
        elif registered:
            sel.modify(fd, events)
        else:
            sel.register(fd, events)

    # ---- switching
    def switch(self, *args):
        if getcurrent() is self:
            raise BlockingSwitchOutError('Impossible to call blocking function in the event loop callback')
        return greenlet.switch(self, *args)

    def handle_error(self, context, typ, value, tb):
        if isinstance(value, (SystemExit, KeyboardInterrupt)):
            # As gevent: these go to the main greenlet.
            self.parent.throw(value)
            return
        import traceback
        traceback.print_exception(typ, value, tb)
        if context is not None:
            name = context._context_repr() if hasattr(context, '_context_repr') else repr(context)
            stamp = _time.strftime('%Y-%m-%dT%H:%M:%SZ', _time.gmtime())
            sys.stderr.write('%s %s failed with %s\n\n' % (stamp, name, typ.__name__))

    def run(self):
        while True:
            self._loop()
            self.parent.throw(LoopExit('This operation would block forever', self))

    def _loop(self):
        # Runs callbacks, timers and ready descriptors until none is left.
        callbacks = self._callbacks
        timers = self._timers
        while True:
            n = len(callbacks)
            while n:
                n -= 1
                h = callbacks.popleft()
                if h.pending:
                    cb, args = h.callback, h.args
                    h.stop()
                    self._call(cb, args)
            while timers and not timers[0][2].pending:
                heapq.heappop(timers)
            if callbacks:
                timeout = 0.0
            elif timers:
                timeout = max(0.0, timers[0][0] - _monotonic())
            elif self._waiters:
                timeout = None
            else:
                return
            if self._waiters:
                for key, events in self._selector.select(timeout):
                    waiters = self._waiters.get(key.fd)
                    if waiters is None:
                        continue
                    for slot, ev in ((0, _selectors.EVENT_READ), (1, _selectors.EVENT_WRITE)):
                        g = waiters[slot]
                        if g is not None and events & ev:
                            self._call(g.switch, (_READY,))
            elif timeout:
                _real_sleep(timeout)
            now = _monotonic()
            while timers and timers[0][0] <= now:
                h = heapq.heappop(timers)[2]
                if h.pending:
                    cb, args = h.callback, h.args
                    h.stop()
                    self._call(cb, args)

    def _call(self, cb, args):
        try:
            cb(*args)
        except BaseException:
            typ, value, tb = sys.exc_info()
            self.handle_error(None, typ, value, tb)

    def join(self, timeout=None):
        """Waits until the loop has nothing left to do (True), or `timeout`
        runs out (False)."""
        cur = getcurrent()
        if cur is self:
            raise BlockingSwitchOutError('Impossible to call blocking function in the event loop callback')
        t = None if timeout is None else self.timer(timeout, cur.switch, _TIMED_OUT)
        try:
            result = self.switch()
        except LoopExit:
            return True
        finally:
            if t is not None:
                t.stop()
        return result is not _TIMED_OUT


def get_hub():
    """The hub of this thread (made on first use)."""
    main = getcurrent()
    while main.parent is not None:
        main = main.parent
    hub = getattr(main, '_gevent_hub', None)
    if hub is None or hub.dead:
        hub = Hub()
        hub.parent = main
        main._gevent_hub = hub
    return hub


def sleep(seconds=0, ref=True):
    """Puts the current greenlet to sleep for `seconds`; sleep(0) lets the
    other greenlets ready to run go first."""
    hub = get_hub()
    cur = getcurrent()
    if cur is hub:
        raise BlockingSwitchOutError('Impossible to call blocking function in the event loop callback')
    if seconds <= 0:
        h = hub.run_callback(cur.switch)
    else:
        h = hub.timer(seconds, cur.switch)
    try:
        hub.switch()
    finally:
        h.stop()


def idle(priority=0):
    """Waits until the hub has run everything ready (as sleep(0) here)."""
    sleep(0)


def kill(greenlet, exception=GreenletExit):
    """Kills a greenlet (not a gevent.Greenlet) asynchronously."""
    if not greenlet.dead:
        get_hub().run_callback(greenlet.throw, exception)


class Waiter:
    """A one-shot rendezvous between a greenlet and the hub: get() blocks
    until switch(value) or throw(...) is called."""

    def __init__(self, hub=None):
        self.hub = get_hub() if hub is None else hub
        self.greenlet = None
        self._value = _NONE
        self._exception = None

    def switch(self, value=None):
        if self.greenlet is None:
            self._value = value
        else:
            self.greenlet.switch(value)

    def throw(self, *throw_args):
        if self.greenlet is None:
            self._exception = throw_args
        else:
            self.greenlet.throw(*throw_args)

    def get(self):
        if self._exception is not None:
            raise self._exception[1] if len(self._exception) > 1 else self._exception[0]
        if self._value is not _NONE:
            return self._value
        self.greenlet = getcurrent()
        try:
            return self.hub.switch()
        finally:
            self.greenlet = None

    def ready(self):
        return self._exception is not None or self._value is not _NONE


_NONE = object()
