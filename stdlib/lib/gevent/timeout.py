"""gevent.timeout: Timeout, raised in a greenlet when its time runs out
(`with Timeout(seconds):`, or start()/cancel())."""

from greenlet import getcurrent
from gevent.hub import get_hub

__all__ = ['Timeout', 'with_timeout']


class Timeout(BaseException):
    """Timeout(seconds=None, exception=None): once started, raises itself (or
    `exception`; False: nothing, the with block just ends) in the greenlet
    that started it after `seconds`."""

    def __init__(self, seconds=None, exception=None, ref=True, priority=-1):
        BaseException.__init__(self)
        self.seconds = seconds
        self.exception = exception
        self.timer = None
        self._greenlet = None

    def start(self):
        if self.pending:
            raise AssertionError('%r is already started; to restart it, cancel it first' % self)
        if self.seconds is None:
            return
        self._greenlet = getcurrent()
        self.timer = get_hub().timer(self.seconds, self._fire)

    def _fire(self):
        self.timer = None
        g = self._greenlet
        if g is not None and not g.dead:
            if self.exception is None or self.exception is False:
                g.throw(self)
            elif isinstance(self.exception, type):
                g.throw(self.exception())
            else:
                g.throw(self.exception)

    @classmethod
    def start_new(cls, timeout=None, exception=None, ref=True):
        if isinstance(timeout, Timeout):
            if not timeout.pending:
                timeout.start()
            return timeout
        t = cls(timeout, exception)
        t.start()
        return t

    @property
    def pending(self):
        return self.timer is not None and self.timer.pending

    def cancel(self):
        if self.timer is not None:
            self.timer.stop()
            self.timer = None

    close = cancel

    def __repr__(self):
        return '<Timeout at 0x%x seconds=%s>' % (id(self), self.seconds)

    def __str__(self):
        if self.seconds is None:
            return ''
        suffix = '' if self.seconds == 1 else 's'
        if self.exception is None:
            return '%s second%s' % (self.seconds, suffix)
        if self.exception is False:
            return '%s second%s (silent)' % (self.seconds, suffix)
        return '%s second%s: %s' % (self.seconds, suffix, self.exception)

    def __enter__(self):
        if not self.pending:
            self.start()
        return self

    def __exit__(self, typ, value, tb):
        self.cancel()
        if value is self and self.exception is False:
            return True
        return None


def with_timeout(seconds, function, *args, **kwds):
    """function(*args, **kwds), Timeout after `seconds`; a `timeout_value`
    keyword is returned instead of raising."""
    timeout_value = kwds.pop('timeout_value', _NONE)
    t = Timeout.start_new(seconds)
    try:
        try:
            return function(*args, **kwds)
        except Timeout as e:
            if e is t and timeout_value is not _NONE:
                return timeout_value
            raise
    finally:
        t.cancel()


_NONE = object()
