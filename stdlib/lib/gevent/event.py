"""gevent.event: Event and AsyncResult, which green threads wait on."""

from greenlet import getcurrent
from gevent.hub import get_hub, _TIMED_OUT
from gevent.timeout import Timeout

__all__ = ['Event', 'AsyncResult']


class _Linkable:
    # Callbacks run in the hub, with the object, once it is ready.
    def _init_links(self):
        self._links = []
        self._notifier = None

    def rawlink(self, callback):
        if not callable(callback):
            raise TypeError('Expected callable: %r' % (callback,))
        self._links.append(callback)
        self._check_and_notify()

    def unlink(self, callback):
        self._links = [c for c in self._links if c is not callback]

    def _check_and_notify(self):
        if self.ready() and self._links and self._notifier is None:
            self._notifier = get_hub().run_callback(self._notify_links)

    def _notify_links(self):
        self._notifier = None
        links, self._links = self._links, []
        for link in links:
            if not self.ready():
                self._links.append(link)
                continue
            link(self)

    def _wait_ready(self, timeout):
        # Blocks until ready; False when `timeout` ran out first.
        if self.ready():
            return True
        hub = get_hub()
        switch = getcurrent().switch
        self._links.append(switch)
        t = None if timeout is None else hub.timer(timeout, switch, _TIMED_OUT)
        try:
            result = hub.switch()
        finally:
            if t is not None:
                t.stop()
            self.unlink(switch)
        return result is not _TIMED_OUT


class Event(_Linkable):
    """A flag green threads wait for: set() wakes them all."""

    def __init__(self):
        self._flag = False
        self._init_links()

    def is_set(self):
        return self._flag

    isSet = is_set
    ready = is_set

    def set(self):
        self._flag = True
        self._check_and_notify()

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        """Blocks until the flag is set (or timeout); returns the flag."""
        self._wait_ready(timeout)
        return self._flag


class AsyncResult(_Linkable):
    """A value (or exception) one green thread sets and others get()."""

    def __init__(self):
        self.value = None
        self._exc_info = ()
        self._ready = False
        self._init_links()

    def ready(self):
        return self._ready

    def successful(self):
        return self._ready and not self._exc_info

    @property
    def exception(self):
        return self._exc_info[1] if self._exc_info else None

    def set(self, value=None):
        self.value = value
        self._exc_info = ()
        self._ready = True
        self._check_and_notify()

    def set_exception(self, exception, exc_info=None):
        self._exc_info = exc_info or (type(exception), exception, None)
        self._ready = True
        self._check_and_notify()

    def get(self, block=True, timeout=None):
        if not self._ready:
            if not block or not self._wait_ready(timeout):
                raise Timeout()
        if self._exc_info:
            raise self._exc_info[1]
        return self.value

    def get_nowait(self):
        return self.get(block=False)

    def wait(self, timeout=None):
        self._wait_ready(timeout)
        return self.value

    def __call__(self, source):
        # As a link of a Greenlet: takes its result.
        if source.successful():
            self.set(source.value)
        else:
            self.set_exception(source.exception)
