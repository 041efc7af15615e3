"""gevent.greenlet: Greenlet, a greenlet the hub schedules, with a result
(value/exception), links, join/get/kill; joinall and killall."""

import sys
import time as _time

from greenlet import greenlet, getcurrent, GreenletExit
from gevent.hub import get_hub, _TIMED_OUT, _NONE
from gevent.timeout import Timeout

__all__ = ['Greenlet', 'joinall', 'killall']

_counter = [0]


def _format_call(func, args, kwargs):
    name = getattr(func, '__qualname__', None) or getattr(func, '__name__', None) or repr(func)
    parts = [repr(a) for a in args] + ['%s=%r' % kv for kv in kwargs.items()]
    return '%s(%s)' % (name, ', '.join(parts)) if parts else name


class Greenlet(greenlet):
    """Greenlet(run=None, *args, **kwargs): runs run(*args, **kwargs) in the
    hub once started (start(), or made by spawn())."""

    def __init__(self, run=None, *args, **kwargs):
        greenlet.__init__(self, None, get_hub())
        if run is not None:
            self._run = run
        if not callable(self._run):
            raise TypeError('The run argument or self._run must be callable')
        self.args = args
        self.kwargs = kwargs
        self._info = None
        self.value = None
        self._exc_info = None
        self._links = []
        self._start_event = None
        self._notifier = None
        self._killed_before_start = False
        self._name = None  # made on first use, as gevent does

    def _run(self):
        return None

    @property
    def name(self):
        if self._name is None:
            self._name = 'Greenlet-%d' % _counter[0]
            _counter[0] += 1
        return self._name

    @name.setter
    def name(self, value):
        self._name = value

    @property
    def minimal_ident(self):
        return id(self)

    def __repr__(self):
        if self._name is None:
            return '<%s at 0x%x: %s>' % (type(self).__name__, id(self), self._formatinfo())
        return self._context_repr()

    def _formatinfo(self):
        if self._info is not None:
            return self._info
        func = self.__dict__.get('_run')
        if func is None:
            return '_run'
        return _format_call(func, self.args, self.kwargs)

    def _context_repr(self):
        # How the hub names a greenlet that failed.
        return '<%s "%s" at 0x%x: %s>' % (type(self).__name__, self.name, id(self), self._formatinfo())

    def __str__(self):
        return repr(self)

    # ---- state
    @property
    def started(self):
        return bool(self) or greenlet.dead.fget(self)

    @property
    def dead(self):
        return self._killed_before_start or greenlet.dead.fget(self)

    def ready(self):
        """Finished (returned, raised or killed)?"""
        return self.dead or self._exc_info is not None

    def successful(self):
        return self._exc_info is not None and self._exc_info[1] is None

    @property
    def exception(self):
        return self._exc_info[1] if self._exc_info is not None else None

    @property
    def exc_info(self):
        return self._exc_info if self._exc_info is not None else (None, None, None)

    @property
    def loop(self):
        return self.parent

    # ---- starting
    def start(self):
        if self._start_event is None and not self.started and not self._killed_before_start:
            self._start_event = self.parent.run_callback(self.switch)

    def start_later(self, seconds):
        if self._start_event is None and not self.started:
            self._start_event = self.parent.timer(seconds, self.switch)

    @classmethod
    def spawn(cls, *args, **kwargs):
        g = cls(*args, **kwargs)
        g.start()
        return g

    @classmethod
    def spawn_later(cls, seconds, *args, **kwargs):
        g = cls(*args, **kwargs)
        g.start_later(seconds)
        return g

    def run(self):
        if self._start_event is not None:
            self._start_event.stop()
            self._start_event = None
        try:
            result = self._run(*self.args, **self.kwargs)
        except GreenletExit as e:
            self._report_result(e)
        except BaseException:
            self._report_error(sys.exc_info())
        else:
            self._report_result(result)
        finally:
            self._info = self._formatinfo()
            self.args = ()
            self.kwargs = {}

    def _report_result(self, result):
        self._exc_info = (None, None, None)
        self.value = result
        self._schedule_links()

    def _report_error(self, exc_info):
        self._exc_info = exc_info
        self._schedule_links()
        self.parent.handle_error(self, *exc_info)

    # ---- links
    def rawlink(self, callback):
        """callback(self) runs in the hub once this greenlet is ready."""
        if not callable(callback):
            raise TypeError('Expected callable: %r' % (callback,))
        self._links.append(callback)
        if self.ready():
            self._schedule_links()

    def link(self, callback, SpawnedLink=None):
        self.rawlink(callback)

    def link_value(self, callback):
        self.rawlink(_OnSuccess(callback))

    def link_exception(self, callback):
        self.rawlink(_OnFailure(callback))

    def unlink(self, callback):
        self._links = [c for c in self._links if c is not callback and getattr(c, 'callback', None) is not callback]

    def _schedule_links(self):
        if self._links and self._notifier is None:
            self._notifier = self.parent.run_callback(self._notify_links)

    def _notify_links(self):
        self._notifier = None
        while self._links:
            link = self._links.pop(0)
            try:
                link(self)
            except BaseException:
                self.parent.handle_error((link, self), *sys.exc_info())

    # ---- waiting
    def _wait(self, timeout):
        # Blocks until ready (True) or until timeout runs out (False).
        if self.ready():
            return True
        cur = getcurrent()
        hub = self.parent
        switch = cur.switch
        self.rawlink(switch)
        t = None if timeout is None else hub.timer(timeout, switch, _TIMED_OUT)
        try:
            result = hub.switch()
        finally:
            if t is not None:
                t.stop()
            self.unlink(switch)
        return result is not _TIMED_OUT

    def join(self, timeout=None):
        """Waits until finished (or timeout); never raises its exception."""
        self._wait(timeout)

    def get(self, block=True, timeout=None):
        """Its value, or raises its exception; waits for it first (Timeout
        when `timeout` runs out, gevent.Timeout)."""
        if not self.ready():
            if not block:
                raise Timeout()
            if not self._wait(timeout):
                raise Timeout(timeout)
        if self._exc_info is not None and self._exc_info[1] is not None:
            raise self._exc_info[1]
        return self.value

    def kill(self, exception=GreenletExit, block=True, timeout=None):
        """Raises `exception` in the greenlet (GreenletExit: a clean exit),
        and by default waits for it to finish."""
        if self._start_event is not None:
            self._start_event.stop()
            self._start_event = None
        if not self.started:
            # Killed before it ran: finished, with the exception as its result.
            self._killed_before_start = True
            exc = exception() if isinstance(exception, type) else exception
            if isinstance(exc, GreenletExit):
                self._report_result(exc)
            else:
                self._exc_info = (type(exc), exc, None)
                self._schedule_links()
            return
        if self.dead:
            return
        if getcurrent() is self:
            raise exception if isinstance(exception, BaseException) else exception()
        self.parent.run_callback(_kill, self, exception)
        if block:
            self._wait(timeout)

    def throw(self, *args):
        if self._start_event is not None:
            self._start_event.stop()
            self._start_event = None
        return greenlet.throw(self, *args)


def _kill(g, exception):
    if not g.dead:
        g.throw(exception)


class _OnSuccess:
    def __init__(self, callback):
        self.callback = callback

    def __call__(self, g):
        if g.successful():
            self.callback(g)


class _OnFailure:
    def __init__(self, callback):
        self.callback = callback

    def __call__(self, g):
        if not g.successful():
            self.callback(g)


def joinall(greenlets, timeout=None, raise_error=False, count=None):
    """Waits for the greenlets (or `count` of them) to finish; returns those
    that did. raise_error: raises the first exception met."""
    from gevent import wait, iwait
    if not raise_error:
        return wait(greenlets, timeout=timeout, count=count)
    done = []
    # A for loop, not list(): the generator then runs in the dispatch loop,
    # where it may switch to the hub.
    for g in iwait(greenlets, timeout, count):
        if getattr(g, 'exception', None) is not None:
            raise g.exception
        done.append(g)
    return done


def killall(greenlets, exception=GreenletExit, block=True, timeout=None):
    """Kills every greenlet; waits for them when `block`."""
    greenlets = list(greenlets)
    for g in greenlets:
        if not g.dead:
            g.kill(exception, block=False)
    if block:
        from gevent import wait
        wait(greenlets, timeout=timeout)
