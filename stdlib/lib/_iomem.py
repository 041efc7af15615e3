"""In-memory streams for the io module: StringIO and BytesIO, and the abstract
bases io exposes (IOBase, RawIOBase, BufferedIOBase, TextIOBase).

The native io module copies these names in when it is first imported; the
classes report the module `_io`, as CPython's do. Both streams keep their
contents in one buffer (a str / a bytearray) and a position, with
CPython's semantics: writing past the end pads with NULs, seek() relative to
the current position or the end accepts only 0 for text, and every operation
on a closed stream raises ValueError.
"""

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class _IOBase:
    """The operations every stream has; unsupported ones raise UnsupportedOperation."""

    # Open until close(), also for subclasses whose __init__ does not call
    # this one's (CPython keeps the flag outside the instance dict).
    _closed = False

    def __init__(self):
        self._closed = False

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def _check_open(self, message='I/O operation on closed file.'):
        if self._closed:
            raise ValueError(message)

    def _unsupported(self, name):
        import io  # the native module's UnsupportedOperation(OSError, ValueError)
        raise io.UnsupportedOperation(name)

    def fileno(self):
        self._unsupported('fileno')

    def seek(self, pos, whence=0):
        self._unsupported('seek')

    def truncate(self, pos=None):
        self._unsupported('truncate')

    def readable(self):
        self._check_open()
        return False

    def writable(self):
        self._check_open()
        return False

    def seekable(self):
        self._check_open()
        return False

    def isatty(self):
        self._check_open()
        return False

    def flush(self):
        self._check_open()

    def tell(self):
        return self.seek(0, 1)

    def readline(self, size=-1):
        # CPython's IOBase.readline: bytes up to a newline, through peek()
        # when the stream has it, else one read(1) at a time.
        size = _size(size)
        line = bytearray()
        while size < 0 or len(line) < size:
            n = 1
            peek = getattr(self, 'peek', None)
            if peek is not None:
                ahead = peek(1)
                if not ahead:
                    break
                n = (ahead.find(b'\n') + 1) or len(ahead)
                if size >= 0:
                    n = min(n, size - len(line))
            chunk = self.read(n)
            if not chunk:
                break
            line += chunk
            if line.endswith(b'\n'):
                break
        return bytes(line)

    def readlines(self, hint=-1):
        hint = _size(hint)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check_open()
        for line in lines:
            self.write(line)

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()


class _RawIOBase(_IOBase):
    pass


class _BufferedIOBase(_IOBase):
    def detach(self):
        self._unsupported('detach')

    def read(self, size=-1):
        self._unsupported('read')

    def read1(self, size=-1):
        self._unsupported('read1')

    def write(self, b):
        self._unsupported('write')


class _TextIOBase(_IOBase):
    encoding = None
    errors = None
    newlines = None

    def readline(self, size=-1):
        self._unsupported('readline')

    def detach(self):
        self._unsupported('detach')


for _cls in (_IOBase, _RawIOBase, _BufferedIOBase, _TextIOBase):
    _cls.__module__ = '_io'


def text_encoding(encoding, stacklevel=2):
    """The encoding a text stream opened with `encoding` uses: the argument,
    or "utf-8" for None (coil's text I/O is UTF-8, as CPython's in UTF-8
    mode, where this returns the same)."""
    return "utf-8" if encoding is None else encoding


def _size(size):
    """None or an int (or an object with __index__); -1 for None."""
    if size is None:
        return -1
    if isinstance(size, float):
        raise TypeError("argument should be integer or None, not 'float'")
    try:
        return size.__index__()
    except AttributeError:
        raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'") from None


class StringIO(_TextIOBase):
    """A text stream kept in memory."""

    def _check_open(self, message='I/O operation on closed file'):
        if self._closed:
            raise ValueError(message)

    def __init__(self, initial_value='', newline='\n'):
        super().__init__()
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f"illegal newline value: {newline!r}")
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        self._newline = newline
        self._buf = ''
        self._tail = []  # writes at the end, joined into _buf when read (no quadratic appends)
        self._size = 0   # len(_buf) plus the lengths in _tail
        self._pos = 0
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _settle(self):
        if self._tail:
            self._buf += ''.join(self._tail)
            self._tail = []

    def _translate(self, s):
        if self._newline is None:
            return s.replace('\r\n', '\n').replace('\r', '\n')
        if self._newline in ('\r', '\r\n'):
            return s.replace('\n', self._newline)
        return s

    def getvalue(self):
        self._check_open()
        self._settle()
        return self._buf

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        n = len(s)
        s = self._translate(s)
        pos = self._pos
        if pos == self._size:
            self._tail.append(s)
        else:
            self._settle()
            buf = self._buf
            if pos > len(buf):
                buf += '\0' * (pos - len(buf))
            self._buf = buf[:pos] + s + buf[pos + len(s):]
            self._size = len(self._buf)
        self._size = max(self._size, pos + len(s))
        self._pos = pos + len(s)
        return n

    def read(self, size=-1):
        self._check_open()
        self._settle()
        size = _size(size)
        start = min(self._pos, len(self._buf))
        end = len(self._buf) if size < 0 else min(start + size, len(self._buf))
        self._pos = max(self._pos, end)
        return self._buf[start:end]

    def _line_end(self, start):
        """Where the line starting at `start` ends (after its terminator)."""
        buf = self._buf
        if self._newline == '':
            # Universal: "\r\n", "\r" or "\n", left untranslated.
            i = start
            while i < len(buf):
                c = buf[i]
                if c == '\n':
                    return i + 1
                if c == '\r':
                    return i + 2 if buf.startswith('\n', i + 1) else i + 1
                i += 1
            return len(buf)
        term = '\n' if self._newline in (None, '\n') else self._newline
        i = buf.find(term, start)
        return len(buf) if i < 0 else i + len(term)

    def readline(self, size=-1):
        self._check_open()
        self._settle()
        size = _size(size)
        start = min(self._pos, len(self._buf))
        end = self._line_end(start)
        if size >= 0:
            end = min(end, start + size)
        self._pos = max(self._pos, end)
        return self._buf[start:end]

    def __next__(self):
        self._check_open()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def seek(self, pos, whence=0):
        self._check_open()
        pos = _size(pos) if pos is not None else pos
        if whence == 0:
            if pos < 0:
                raise ValueError(f"Negative seek position {pos}")
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = self._size
        else:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def tell(self):
        self._check_open()
        return self._pos

    def truncate(self, pos=None):
        self._check_open()
        pos = self._pos if pos is None else _size(pos)
        if pos < 0:
            raise ValueError(f"Negative size value {pos}")
        self._settle()
        self._buf = self._buf[:pos]
        self._size = len(self._buf)
        return pos

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    def __getstate__(self):
        raise TypeError(f"cannot pickle '{type(self).__name__}' object")


class BytesIO(_BufferedIOBase):
    """A binary stream kept in memory."""

    def __init__(self, initial_bytes=b''):
        super().__init__()
        self._buf = bytearray(initial_bytes) if initial_bytes is not None else bytearray()
        self._pos = 0

    def _check_open(self, message='I/O operation on closed file.'):
        if self._closed:
            raise ValueError(message)

    def getvalue(self):
        self._check_open()
        return bytes(self._buf)

    def write(self, b):
        self._check_open()
        if isinstance(b, str) or not isinstance(b, (bytes, bytearray, memoryview)):
            raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'")
        n = len(b)
        pos = self._pos
        if pos > len(self._buf):
            self._buf.extend(b'\0' * (pos - len(self._buf)))
        self._buf[pos:pos + n] = b
        self._pos = pos + n
        return n

    def read(self, size=-1):
        self._check_open()
        size = _size(size)
        start = min(self._pos, len(self._buf))
        end = len(self._buf) if size < 0 else min(start + size, len(self._buf))
        self._pos = max(self._pos, end)
        return bytes(self._buf[start:end])

    read1 = read

    def readline(self, size=-1):
        self._check_open()
        size = _size(size)
        start = min(self._pos, len(self._buf))
        i = self._buf.find(b'\n', start)
        end = len(self._buf) if i < 0 else i + 1
        if size >= 0:
            end = min(end, start + size)
        self._pos = max(self._pos, end)
        return bytes(self._buf[start:end])

    def readinto(self, buffer):
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def seek(self, pos, whence=0):
        self._check_open()
        pos = _size(pos)
        if whence == 0:
            if pos < 0:
                raise ValueError(f"negative seek value {pos}")
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def tell(self):
        self._check_open()
        return self._pos

    def truncate(self, pos=None):
        self._check_open()
        pos = self._pos if pos is None else _size(pos)
        if pos < 0:
            raise ValueError(f"negative size value {pos}")
        del self._buf[pos:]
        return pos

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True


StringIO.__module__ = '_io'
BytesIO.__module__ = '_io'


# io's public abstract bases. In CPython they are ABCs with the _io classes
# registered; here a metaclass answers isinstance/issubclass the same way,
# the native file classes included.
_NATIVE_FILES = {
    'TextIOBase': ('TextIOWrapper',),
    'BufferedIOBase': ('BufferedReader', 'BufferedWriter', 'BufferedRandom'),
    'IOBase': ('TextIOWrapper', 'BufferedReader', 'BufferedWriter', 'BufferedRandom'),
    'RawIOBase': (),
}


class _IOMeta(type):
    def __subclasscheck__(cls, other):
        if type.__subclasscheck__(cls, other):
            return True
        concrete = cls.__dict__.get('_concrete')
        if concrete is None:
            return False
        if issubclass(other, concrete):
            return True
        # The native file classes (sys.stdout's among them) by their names.
        return (getattr(other, '__module__', None) == '_io'
                and other.__name__ in _NATIVE_FILES[cls.__name__])

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))


# As in CPython (io.BufferedIOBase(_io._BufferedIOBase, io.IOBase)), a class
# derived from these inherits the streams' methods: close/closed, with,
# iteration, readlines, writelines, the Unsupported defaults.
class IOBase(_IOBase, metaclass=_IOMeta):
    _concrete = _IOBase


class RawIOBase(_RawIOBase, IOBase):
    _concrete = _RawIOBase


class BufferedIOBase(_BufferedIOBase, IOBase):
    _concrete = _BufferedIOBase


class TextIOBase(_TextIOBase, IOBase):
    _concrete = _TextIOBase


for _cls in (IOBase, RawIOBase, BufferedIOBase, TextIOBase):
    _cls.__module__ = 'io'
del _cls
