"""gevent.queue: a FIFO queue green threads block on (put on a full one,
get from an empty one). Empty and Full are the queue module's."""

from collections import deque
from queue import Empty, Full

from greenlet import getcurrent
from gevent.hub import get_hub, _TIMED_OUT

__all__ = ['Queue', 'Empty', 'Full']


class Queue:
    """Queue(maxsize=None): unbounded unless maxsize > 0."""

    def __init__(self, maxsize=None, items=()):
        self._maxsize = maxsize if maxsize and maxsize > 0 else None
        self.queue = deque(items)
        self._getters = deque()  # greenlets waiting for an item
        self._putters = deque()  # greenlets waiting for room

    @property
    def maxsize(self):
        return self._maxsize

    def qsize(self):
        return len(self.queue)

    def __len__(self):
        return len(self.queue)

    def __bool__(self):
        return True

    def empty(self):
        return not self.queue

    def full(self):
        return self._maxsize is not None and len(self.queue) >= self._maxsize

    def _block(self, waiters, timeout, exc):
        # Waits to be woken by the other side; `exc` when timeout runs out.
        hub = get_hub()
        cur = getcurrent()
        waiters.append(cur)
        t = None if timeout is None else hub.timer(timeout, cur.switch, _TIMED_OUT)
        try:
            result = hub.switch()
        finally:
            if t is not None:
                t.stop()
            if cur in waiters:
                waiters.remove(cur)
        if result is _TIMED_OUT:
            raise exc()

    def _wake(self, waiters):
        if waiters:
            get_hub().run_callback(waiters.popleft().switch)

    def put(self, item, block=True, timeout=None):
        while self.full():
            if not block or (timeout is not None and timeout <= 0):
                raise Full
            self._block(self._putters, timeout, Full)
        self.queue.append(item)
        self._wake(self._getters)

    def put_nowait(self, item):
        self.put(item, False)

    def get(self, block=True, timeout=None):
        while not self.queue:
            if not block or (timeout is not None and timeout <= 0):
                raise Empty
            self._block(self._getters, timeout, Empty)
        item = self.queue.popleft()
        self._wake(self._putters)
        return item

    def get_nowait(self):
        return self.get(False)

    def peek(self, block=True, timeout=None):
        while not self.queue:
            if not block:
                raise Empty
            self._block(self._getters, timeout, Empty)
        return self.queue[0]

    def __iter__(self):
        return self

    def __next__(self):
        return self.get()
