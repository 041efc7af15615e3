"""gevent: green threads on greenlets and an event loop (a compatible subset
of gevent 22.10; see the README). Green threads switch only when they wait:
sleep(), join/get on another greenlet, and, after monkey.patch_all(),
time.sleep and socket I/O (so urllib.request too)."""

from collections import deque

from greenlet import getcurrent, GreenletExit
from gevent.hub import get_hub, sleep, idle, kill, Waiter, LoopExit, BlockingSwitchOutError, _NONE
from gevent.timeout import Timeout, with_timeout
from gevent.greenlet import Greenlet, joinall, killall

__version__ = '22.10.2'

__all__ = ['Greenlet', 'GreenletExit', 'Timeout', 'LoopExit', 'get_hub', 'getcurrent', 'idle', 'iwait',
           'joinall', 'kill', 'killall', 'sleep', 'spawn', 'spawn_later', 'spawn_raw', 'wait',
           'with_timeout']

spawn = Greenlet.spawn
spawn_later = Greenlet.spawn_later


def spawn_raw(function, *args, **kwargs):
    """A plain greenlet (no result, no links) running function(*args, **kwargs), started at once."""
    from greenlet import greenlet
    g = greenlet(lambda: function(*args, **kwargs), get_hub())
    get_hub().run_callback(g.switch)
    return g


class _MultipleWaiter:
    # Collects objects (greenlets, events) as they become ready, for wait() and iwait().
    def __init__(self, objects, timeout, count):
        self.objects = list(objects)
        self.ready = deque()
        self.count = len(self.objects) if count is None else min(count, len(self.objects))
        self.current = getcurrent()
        self.hub = get_hub()
        self.waiting = False
        self.timed_out = False
        self.timer = None if timeout is None else self.hub.timer(timeout, self._on_timeout)
        for obj in self.objects:
            obj.rawlink(self._on_ready)

    def _on_ready(self, obj):
        self.ready.append(obj)
        self._wake()

    def _on_timeout(self):
        self.timed_out = True
        self._wake()

    def _wake(self):
        if self.waiting:
            self.waiting = False
            self.current.switch()

    def next(self):
        # The next ready object, or _NONE when done (count reached or timed out).
        if self.count <= 0:
            return _NONE
        while not self.ready:
            if self.timed_out:
                return _NONE
            self.waiting = True
            try:
                self.hub.switch()
            finally:
                self.waiting = False
        self.count -= 1
        return self.ready.popleft()

    def close(self):
        if self.timer is not None:
            self.timer.stop()
        for obj in self.objects:
            unlink = getattr(obj, 'unlink', None)
            if unlink is not None:
                unlink(self._on_ready)


def iwait(objects, timeout=None, count=None):
    """Yields the objects (greenlets, events) as they become ready."""
    waiter = _MultipleWaiter(objects, timeout, count)
    try:
        while True:
            obj = waiter.next()
            if obj is _NONE:
                return
            yield obj
    finally:
        waiter.close()


def wait(objects=None, timeout=None, count=None):
    """Waits for the objects (or `count` of them) to be ready and returns
    those that are; without objects, until the hub has nothing left to do
    (True; False when `timeout` ran out first)."""
    if objects is None:
        return get_hub().join(timeout=timeout)
    waiter = _MultipleWaiter(objects, timeout, count)
    done = []
    try:
        while True:
            obj = waiter.next()
            if obj is _NONE:
                return done
            done.append(obj)
    finally:
        waiter.close()
