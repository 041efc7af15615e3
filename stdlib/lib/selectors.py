"""selectors: I/O multiplexing on epoll, with CPython 3.11's interface
(BaseSelector, SelectorKey, EVENT_READ/EVENT_WRITE, DefaultSelector =
EpollSelector; SelectSelector and PollSelector are the same class here).
"""

from collections import namedtuple
import _socket

EVENT_READ = 1 << 0
EVENT_WRITE = 1 << 1

SelectorKey = namedtuple('SelectorKey', ['fileobj', 'fd', 'events', 'data'])


def _fileobj_to_fd(fileobj):
    if isinstance(fileobj, int):
        fd = fileobj
    else:
        try:
            fd = int(fileobj.fileno())
        except (AttributeError, TypeError, ValueError):
            raise ValueError("Invalid file object: {!r}".format(fileobj)) from None
    if fd < 0:
        raise ValueError("Invalid file descriptor: {}".format(fd))
    return fd


class _SelectorMapping:
    # A read-only mapping from file objects to keys (collections.abc.Mapping's interface).
    def __init__(self, selector):
        self._selector = selector

    def __len__(self):
        return len(self._selector._fd_to_key)

    def __getitem__(self, fileobj):
        try:
            fd = self._selector._fileobj_lookup(fileobj)
            return self._selector._fd_to_key[fd]
        except KeyError:
            raise KeyError("{!r} is not registered".format(fileobj)) from None

    def __iter__(self):
        return iter(self._selector._fd_to_key)

    def __contains__(self, fileobj):
        try:
            self[fileobj]
        except KeyError:
            return False
        return True

    def get(self, fileobj, default=None):
        try:
            return self[fileobj]
        except KeyError:
            return default

    def keys(self):
        return self._selector._fd_to_key.keys()

    def values(self):
        return self._selector._fd_to_key.values()

    def items(self):
        return self._selector._fd_to_key.items()


class BaseSelector:
    def register(self, fileobj, events, data=None):
        raise NotImplementedError

    def unregister(self, fileobj):
        raise NotImplementedError

    def modify(self, fileobj, events, data=None):
        key = self.unregister(fileobj)
        return self.register(fileobj, events, data)

    def select(self, timeout=None):
        raise NotImplementedError

    def close(self):
        pass

    def get_key(self, fileobj):
        mapping = self.get_map()
        if mapping is None:
            raise RuntimeError('Selector is closed')
        try:
            return mapping[fileobj]
        except KeyError:
            raise KeyError("{!r} is not registered".format(fileobj)) from None

    def get_map(self):
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class EpollSelector(BaseSelector):
    """Selector over Linux's epoll (level-triggered)."""

    def __init__(self):
        self._fd_to_key = {}
        self._map = _SelectorMapping(self)
        self._epfd = _socket.epoll_create()

    def _fileobj_lookup(self, fileobj):
        try:
            return _fileobj_to_fd(fileobj)
        except ValueError:
            for key in self._fd_to_key.values():
                if key.fileobj is fileobj:
                    return key.fd
            raise

    def fileno(self):
        return self._epfd

    def _mask(self, events):
        mask = 0
        if events & EVENT_READ:
            mask |= _socket.EPOLLIN
        if events & EVENT_WRITE:
            mask |= _socket.EPOLLOUT
        return mask

    def register(self, fileobj, events, data=None):
        if (not events) or (events & ~(EVENT_READ | EVENT_WRITE)):
            raise ValueError("Invalid events: {!r}".format(events))
        key = SelectorKey(fileobj, self._fileobj_lookup(fileobj), events, data)
        if key.fd in self._fd_to_key:
            raise KeyError("{!r} (FD {}) is already registered".format(fileobj, key.fd))
        _socket.epoll_ctl(self._epfd, _socket.EPOLL_CTL_ADD, key.fd, self._mask(events))
        self._fd_to_key[key.fd] = key
        return key

    def unregister(self, fileobj):
        try:
            key = self._fd_to_key.pop(self._fileobj_lookup(fileobj))
        except KeyError:
            raise KeyError("{!r} is not registered".format(fileobj)) from None
        try:
            _socket.epoll_ctl(self._epfd, _socket.EPOLL_CTL_DEL, key.fd, 0)
        except OSError:
            pass  # already closed: epoll forgot it
        return key

    def modify(self, fileobj, events, data=None):
        try:
            key = self._fd_to_key[self._fileobj_lookup(fileobj)]
        except KeyError:
            raise KeyError(f"{fileobj!r} is not registered") from None
        if events != key.events:
            if (not events) or (events & ~(EVENT_READ | EVENT_WRITE)):
                raise ValueError("Invalid events: {!r}".format(events))
            _socket.epoll_ctl(self._epfd, _socket.EPOLL_CTL_MOD, key.fd, self._mask(events))
        key = key._replace(events=events, data=data)
        self._fd_to_key[key.fd] = key
        return key

    def select(self, timeout=None):
        if timeout is not None and timeout < 0:
            timeout = 0
        ready = []
        for fd, ev in _socket.epoll_wait(self._epfd, timeout, max(len(self._fd_to_key), 1)):
            key = self._fd_to_key.get(fd)
            if key is None:
                continue
            events = 0
            if ev & ~_socket.EPOLLIN:
                events |= EVENT_WRITE
            if ev & ~_socket.EPOLLOUT:
                events |= EVENT_READ
            ready.append((key, events & key.events))
        return ready

    def close(self):
        if self._epfd >= 0:
            _socket.close(self._epfd)
            self._epfd = -1
        self._fd_to_key.clear()
        self._map = None

    def get_map(self):
        return self._map


DefaultSelector = EpollSelector
SelectSelector = EpollSelector
PollSelector = EpollSelector
