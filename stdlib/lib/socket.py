"""socket: BSD sockets (TCP and UDP over IPv4/IPv6, AF_UNIX socket pairs).

coil's socket class over _socket (stdlib/socket_module.cpp), which works on
plain descriptors. As in CPython, a socket has a timeout: None blocks, 0 is
non-blocking (BlockingIOError), a positive number raises TimeoutError
(socket.timeout) when it runs out. Descriptors are non-blocking underneath;
blocking calls wait in poll(), so Ctrl-C interrupts them. Constants are
plain ints (CPython's are IntEnum members: AddressFamily.AF_INET).
"""

import _socket
import sys as _sys
from _socket import gethostname, inet_pton, inet_ntop

for _name in dir(_socket):
    if _name.isupper():
        globals()[_name] = getattr(_socket, _name)
del _name

error = OSError
timeout = TimeoutError
herror = type('herror', (OSError,), {'__module__': 'socket'})


class gaierror(OSError):
    pass


_GLOBAL_DEFAULT_TIMEOUT = object()
_default_timeout = None
has_ipv6 = True


def getdefaulttimeout():
    return _default_timeout


def _check_timeout(value):
    if value is None:
        return None
    if not isinstance(value, (int, float)):
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer or float")
    value = float(value)
    if value < 0.0:
        raise ValueError('Timeout value out of range')
    return value


def setdefaulttimeout(timeout):
    global _default_timeout
    _default_timeout = _check_timeout(timeout)


def _gai(err):
    # A name the native side could not resolve: CPython's socket.gaierror.
    if getattr(err, '_gai', False):
        return gaierror(err.args[0], err.args[1])
    return err


class socket:
    """socket(family=AF_INET, type=SOCK_STREAM, proto=0, fileno=None)"""

    __slots__ = ('_fd', 'family', 'type', 'proto', '_timeout', '_io_refs', '_closed')

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None:
            if family == -1:
                family = AF_INET
            if type == -1:
                type = SOCK_STREAM
            if proto == -1:
                proto = 0
            self._fd = _socket.socket(family, type, proto)
        else:
            if not isinstance(fileno, int):
                raise TypeError('fileno must be an int')
            fam, typ, pro = _socket.adopt(fileno)
            self._fd = fileno
            family = fam if family == -1 else family
            type = typ if type == -1 else type
            proto = pro if proto == -1 else proto
        self.family = family
        self.type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC)
        self.proto = proto
        self._timeout = _default_timeout
        self._io_refs = 0  # makefile() objects still open
        self._closed = False

    def __repr__(self):
        closed = self._fd < 0
        s = (f"<socket.socket{' [closed]' if closed else ''} fd={self._fd}, "
             f"family={self.family}, type={self.type}, proto={self.proto}")
        if not closed:
            try:
                laddr = self.getsockname()
                if laddr:
                    s += f', laddr={laddr}'
            except OSError:
                pass
            try:
                raddr = self.getpeername()
                if raddr:
                    s += f', raddr={raddr}'
            except OSError:
                pass
        return s + '>'

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def _check(self):
        if self._fd < 0:
            raise OSError(9, 'Bad file descriptor')
        return self._fd

    def _wait_timeout(self):
        return -1 if self._timeout is None else self._timeout

    def fileno(self):
        return self._fd

    def detach(self):
        fd = self._fd
        self._fd = -1
        return fd

    def close(self):
        # As CPython: the descriptor stays open while a makefile() object
        # uses it, and closes with the last of them.
        self._closed = True
        if self._io_refs <= 0 and self._fd >= 0:
            fd = self._fd
            self._fd = -1
            _socket.close(fd)

    def _decref_socketios(self):
        if self._io_refs > 0:
            self._io_refs -= 1
        if self._closed:
            self.close()

    @property
    def timeout(self):
        return self._timeout

    def settimeout(self, value):
        self._timeout = _check_timeout(value)

    def gettimeout(self):
        return self._timeout

    def setblocking(self, flag):
        self._timeout = None if flag else 0.0

    def getblocking(self):
        return self._timeout != 0.0

    def bind(self, address):
        try:
            _socket.bind(self._check(), self.family, address)
        except OSError as e:
            raise _gai(e) from None

    def listen(self, backlog=128):
        _socket.listen(self._check(), backlog)

    def _blocking(self, op, *args):
        # A call that would block runs the threads started and not yet run
        # first (coil's threads run one at a time, when the code that
        # started them waits; see threading), so a server thread can answer
        # a request this thread sent.
        timeout = self._wait_timeout()
        if timeout != 0:
            threading = _sys.modules.get('threading')
            while threading is not None and threading._pending:
                try:
                    return op(*args, 0)
                except BlockingIOError:
                    threading._run_pending_one()
        return op(*args, timeout)

    def _accept(self):
        return self._blocking(_socket.accept, self._check())

    def accept(self):
        fd, addr = self._accept()
        sock = socket(self.family, self.type, self.proto, fileno=fd)
        if _default_timeout is None and self._timeout is not None:
            sock.setblocking(True)
        return sock, addr

    def connect(self, address):
        try:
            _socket.connect(self._check(), self.family, address, self._wait_timeout())
        except OSError as e:
            raise _gai(e) from None

    def connect_ex(self, address):
        try:
            self.connect(address)
        except OSError as e:
            if e.errno is None:
                raise
            return e.errno
        return 0

    def recv(self, bufsize, flags=0):
        return self._blocking(_socket.recv, self._check(), bufsize, flags)

    def recvfrom(self, bufsize, flags=0):
        return self._blocking(_socket.recvfrom, self._check(), bufsize, flags)

    def recv_into(self, buffer, nbytes=0, flags=0):
        data = self.recv(nbytes or len(buffer), flags)
        buffer[:len(data)] = data
        return len(data)

    def send(self, data, flags=0):
        return _socket.send(self._check(), data, flags, self._wait_timeout())

    def sendall(self, data, flags=0):
        _socket.sendall(self._check(), data, flags, self._wait_timeout())

    def sendto(self, data, flags_or_addr, addr=None):
        if addr is None:
            flags, addr = 0, flags_or_addr
        else:
            flags = flags_or_addr
        try:
            return _socket.sendto(self._check(), data, flags, self.family, addr, self._wait_timeout())
        except OSError as e:
            raise _gai(e) from None

    def getsockname(self):
        return _socket.getsockname(self._check())

    def getpeername(self):
        return _socket.getpeername(self._check())

    def setsockopt(self, level, optname, value, optlen=None):
        _socket.setsockopt(self._check(), level, optname, value)

    def getsockopt(self, level, optname, buflen=None):
        return _socket.getsockopt(self._check(), level, optname, buflen)

    def shutdown(self, how):
        _socket.shutdown(self._check(), how)

    def makefile(self, mode='r', buffering=None, *, encoding=None, errors=None, newline=None):
        for c in mode:
            if c not in {"r", "w", "b"}:
                raise ValueError("invalid mode %r (only r, w, b allowed)" % (mode,))
        self._io_refs += 1
        return SocketFile(self, mode, encoding or 'utf-8')

    def dup(self):
        raise NotImplementedError('socket.dup() is not supported by coil')


SocketType = socket


class SocketFile:
    """What makefile() returns: reads lines and blocks through the socket
    (buffered here); 'b' in the mode gives bytes, else str. (CPython's is an
    io.BufferedReader/TextIOWrapper over a SocketIO.)"""

    def __init__(self, sock, mode, encoding):
        self._sock = sock
        self._binary = 'b' in mode
        self._encoding = encoding
        self._buf = b''
        self._eof = False
        self.mode = mode
        self.closed = False

    def _out(self, data):
        return data if self._binary else data.decode(self._encoding)

    def _fill(self):
        if self._eof:
            return False
        chunk = self._sock.recv(65536)
        if not chunk:
            self._eof = True
            return False
        self._buf += chunk
        return True

    def read(self, size=-1):
        if size is None or size < 0:
            while self._fill():
                pass
            data, self._buf = self._buf, b''
            return self._out(data)
        while len(self._buf) < size and self._fill():
            pass
        data, self._buf = self._buf[:size], self._buf[size:]
        return self._out(data)

    def read1(self, size=-1):
        if not self._buf:
            self._fill()
        if size is None or size < 0:
            size = len(self._buf)
        data, self._buf = self._buf[:size], self._buf[size:]
        return self._out(data)

    def readinto(self, b):
        data = self.read(len(b))
        if not self._binary:
            data = data.encode(self._encoding)
        b[:len(data)] = data
        return len(data)

    def readline(self, limit=-1):
        if limit is None:
            limit = -1
        while True:
            i = self._buf.find(b'\n')
            if i >= 0 or (0 <= limit <= len(self._buf)):
                end = i + 1 if i >= 0 else limit
                if 0 <= limit < end:
                    end = limit
                break
            if not self._fill():
                end = len(self._buf) if limit < 0 else min(limit, len(self._buf))
                break
        data, self._buf = self._buf[:end], self._buf[end:]
        return self._out(data)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, data):
        if not self._binary:
            data = data.encode(self._encoding)
        self._sock.sendall(data)
        return len(data)

    def flush(self):
        pass

    def readable(self):
        return 'r' in self.mode

    def writable(self):
        return 'w' in self.mode

    def fileno(self):
        return self._sock.fileno()

    def close(self):
        if not self.closed:
            self.closed = True
            self._sock._decref_socketios()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def socketpair(family=None, type=SOCK_STREAM, proto=0):
    if family is None:
        family = AF_UNIX
    a, b = _socket.socketpair(family, type, proto)
    return socket(family, type, proto, a), socket(family, type, proto, b)


def fromfd(fd, family, type, proto=0):
    raise NotImplementedError('socket.fromfd() (dup) is not supported by coil')


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    res = _socket.getaddrinfo(host, port, family, type, proto, flags)
    if isinstance(res, int):
        raise gaierror(res, _socket.gai_strerror(res))
    return res


def gethostbyname(hostname):
    for fam, _, _, _, addr in getaddrinfo(hostname, None, AF_INET):
        return addr[0]
    raise gaierror(EAI_NONAME, _socket.gai_strerror(EAI_NONAME))


def getfqdn(name=''):
    return name or gethostname()


def inet_aton(text):
    return inet_pton(AF_INET, text)


def inet_ntoa(packed):
    return inet_ntop(AF_INET, packed)


def htons(x):
    return ((x & 0xff) << 8) | ((x >> 8) & 0xff)


ntohs = htons


def htonl(x):
    return int.from_bytes(x.to_bytes(4, 'little'), 'big')


ntohl = htonl


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None, *, all_errors=False):
    host, port = address
    err = None
    for af, socktype, proto, canonname, sa in getaddrinfo(host, port, 0, SOCK_STREAM):
        sock = None
        try:
            sock = socket(af, socktype, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sa)
            err = None
            return sock
        except OSError as exc:
            err = exc
            if sock is not None:
                sock.close()
    if err is not None:
        raise err
    raise OSError('getaddrinfo returns an empty list')


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False, dualstack_ipv6=False):
    sock = socket(family, SOCK_STREAM)
    try:
        sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        if family == AF_INET6:
            sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0 if dualstack_ipv6 else 1)
        sock.bind(address)
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except BaseException:
        sock.close()
        raise

