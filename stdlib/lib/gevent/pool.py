"""gevent.pool: Group (a set of greenlets to spawn, join and kill together)
and Pool (a group of at most `size` greenlets: spawning into a full pool
waits for a place)."""

from greenlet import getcurrent, GreenletExit
from gevent.greenlet import Greenlet, killall
from gevent.event import Event

__all__ = ['Group', 'Pool']


class Group:
    """The greenlets spawned or added here, until they finish."""

    greenlet_class = Greenlet

    def __init__(self, *args):
        self.greenlets = []
        self._empty = Event()
        self._empty.set()
        for g in (args[0] if len(args) == 1 and not isinstance(args[0], Greenlet) else args):
            self.add(g)

    def __len__(self):
        return len(self.greenlets)

    def __contains__(self, item):
        return item in self.greenlets

    def __iter__(self):
        return iter(list(self.greenlets))

    def add(self, greenlet):
        greenlet.rawlink(self._discard_finished)
        self.greenlets.append(greenlet)
        self._empty.clear()

    def _discard_finished(self, greenlet):
        self.discard(greenlet)

    def discard(self, greenlet):
        if greenlet in self.greenlets:
            self.greenlets.remove(greenlet)
        greenlet.unlink(self._discard_finished)
        if not self.greenlets:
            self._empty.set()

    def start(self, greenlet):
        self.add(greenlet)
        greenlet.start()

    def spawn(self, *args, **kwargs):
        g = self.greenlet_class(*args, **kwargs)
        self.start(g)
        return g

    def join(self, timeout=None, raise_error=False):
        """Waits until every greenlet finished (True) or timeout (False)."""
        if raise_error:
            for g in list(self.greenlets):
                g.join(timeout)
                if g.exception is not None:
                    raise g.exception
        return self._empty.wait(timeout)

    def kill(self, exception=GreenletExit, block=True, timeout=None):
        killall(list(self.greenlets), exception, block, timeout)

    def killone(self, greenlet, exception=GreenletExit, block=True, timeout=None):
        if greenlet in self.greenlets:
            greenlet.kill(exception, block, timeout)

    def full(self):
        return False

    def wait_available(self, timeout=None):
        return 1

    def _in_group(self):
        return getcurrent() in self.greenlets

    def apply(self, func, args=None, kwds=None):
        """func(*args, **kwds) in a greenlet of the group; its result."""
        args = args or ()
        kwds = kwds or {}
        if self._in_group():
            return func(*args, **kwds)
        return self.spawn(func, *args, **kwds).get()

    def apply_async(self, func, args=None, kwds=None, callback=None):
        """A greenlet running func(*args, **kwds); callback(result) when it succeeds."""
        g = self.spawn(func, *(args or ()), **(kwds or {}))
        if callback is not None:
            g.link_value(lambda g: callback(g.value))
        return g

    def map(self, func, iterable):
        """[func(x) for x in iterable], computed in the group's greenlets."""
        greenlets = [self.spawn(func, item) for item in iterable]
        return [g.get() for g in greenlets]

    def imap(self, func, *iterables, maxsize=None):
        """An iterator over func(*items) in order. (Here the results are all
        computed before it is returned, so native iteration of it, such as
        list(), needs no switch.)"""
        greenlets = [self.spawn(func, *items) for items in zip(*iterables)]
        return iter([g.get() for g in greenlets])

    def imap_unordered(self, func, *iterables, maxsize=None):
        """An iterator over func(*items) in the order they finish (computed
        before it is returned, as imap)."""
        from gevent import iwait
        greenlets = [self.spawn(func, *items) for items in zip(*iterables)]
        results = []
        for g in iwait(greenlets):
            results.append(g.get())
        return iter(results)


class Pool(Group):
    """A group of at most `size` running greenlets (None: no limit)."""

    def __init__(self, size=None, greenlet_class=None):
        if size is not None and size < 0:
            raise ValueError('size must not be negative: %r' % (size,))
        Group.__init__(self)
        self.size = size
        if greenlet_class is not None:
            self.greenlet_class = greenlet_class
        self._available = Event()
        self._available.set()

    def free_count(self):
        if self.size is None:
            return 1
        return max(0, self.size - len(self))

    def full(self):
        return self.free_count() <= 0

    def wait_available(self, timeout=None):
        """Waits for a free place; the number of free places."""
        while self.full():
            self._available.clear()
            if not self._available.wait(timeout):
                break
        return self.free_count()

    def add(self, greenlet, blocking=True, timeout=None):
        if self.full():
            if not blocking:
                from queue import Full
                raise Full()
            self.wait_available(timeout)
            if self.full():
                from gevent.timeout import Timeout
                raise Timeout(timeout)
        Group.add(self, greenlet)

    def discard(self, greenlet):
        Group.discard(self, greenlet)
        if not self.full():
            self._available.set()
