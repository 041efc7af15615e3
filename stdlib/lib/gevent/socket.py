"""gevent.socket: a socket class whose blocking calls wait in the hub
(other green threads run meanwhile) instead of blocking the program.
monkey.patch_socket() puts it in the socket module."""

import os as _os
import socket as _std
import _socket
from selectors import EVENT_READ, EVENT_WRITE

from gevent.hub import get_hub, _monotonic

for _name in dir(_std):
    if not _name.startswith('__'):
        globals()[_name] = getattr(_std, _name)
del _name

# The original class, whatever patching does to the socket module later.
_original_socket = _std.__dict__.get('_gevent_original_socket', _std.socket)


class socket(_original_socket):
    """socket.socket whose waits (accept, connect, recv, send...) switch to
    the hub; timeouts and non-blocking mode as socket.socket."""

    __slots__ = ()

    def _io(self, event, op, *args):
        # op(*args, 0) until it does not raise BlockingIOError, waiting for
        # readiness in the hub between tries.
        timeout = self._wait_timeout()
        if timeout == 0:
            return op(*args, 0)
        deadline = None if timeout < 0 else _monotonic() + timeout
        fd = self._check()
        while True:
            try:
                return op(*args, 0)
            except BlockingIOError:
                pass
            remaining = None
            if deadline is not None:
                remaining = deadline - _monotonic()
                if remaining <= 0:
                    raise TimeoutError('timed out')
            get_hub().wait_fd(fd, EVENT_READ if event == 'r' else EVENT_WRITE, remaining)

    def _blocking(self, op, *args):
        return self._io('r', op, *args)

    def accept(self):
        fd, addr = self._accept()
        sock = socket(self.family, self.type, self.proto, fileno=fd)
        if _std.getdefaulttimeout() is None and self._timeout is not None:
            sock.setblocking(True)
        return sock, addr

    def connect(self, address):
        timeout = self._wait_timeout()
        if timeout == 0:
            return _original_socket.connect(self, address)
        try:
            _socket.connect(self._check(), self.family, address, 0)
            return
        except BlockingIOError:
            pass  # in progress
        except OSError as e:
            raise _std._gai(e) from None
        get_hub().wait_fd(self._check(), EVENT_WRITE, None if timeout < 0 else timeout)
        err = self.getsockopt(_std.SOL_SOCKET, _std.SO_ERROR)
        if err:
            raise _os_error(err)

    def send(self, data, flags=0):
        return self._io('w', _socket.send, self._check(), data, flags)

    def sendall(self, data, flags=0):
        data = bytes(data)
        sent = 0
        while sent < len(data):
            sent += self.send(data[sent:] if sent else data, flags)

    def sendto(self, data, flags_or_addr, addr=None):
        if addr is None:
            flags, addr = 0, flags_or_addr
        else:
            flags = flags_or_addr
        try:
            return self._io('w', _socket.sendto, self._check(), data, flags, self.family, addr)
        except OSError as e:
            if isinstance(e, TimeoutError):
                raise
            raise _std._gai(e) from None


SocketType = socket


def _os_error(err):
    # The OSError subclass CPython's OSError(err, ...) makes.
    import errno
    classes = {errno.ECONNREFUSED: ConnectionRefusedError, errno.ECONNRESET: ConnectionResetError,
               errno.ECONNABORTED: ConnectionAbortedError, errno.EPIPE: BrokenPipeError,
               errno.ETIMEDOUT: TimeoutError}
    return classes.get(err, OSError)(err, _os.strerror(err))


def socketpair(family=None, type=_std.SOCK_STREAM, proto=0):
    if family is None:
        family = _std.AF_UNIX
    a, b = _socket.socketpair(family, type, proto)
    return socket(family, type, proto, a), socket(family, type, proto, b)


def create_connection(address, timeout=_std._GLOBAL_DEFAULT_TIMEOUT, source_address=None, *, all_errors=False):
    host, port = address
    err = None
    for af, socktype, proto, canonname, sa in _std.getaddrinfo(host, port, 0, _std.SOCK_STREAM):
        sock = None
        try:
            sock = socket(af, socktype, proto)
            if timeout is not _std._GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sa)
            return sock
        except OSError as exc:
            err = exc
            if sock is not None:
                sock.close()
    if err is not None:
        raise err
    raise OSError('getaddrinfo returns an empty list')
