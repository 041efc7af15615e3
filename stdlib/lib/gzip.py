"""gzip (coil): compress() and decompress() of gzip data (RFC 1952) on the
native zlib module, with CPython 3.11's header (mtime, the XFL byte for the
level, OS 255) and its checks of members, CRC and size; GzipFile and open()
for whole files: reading decompresses the file when it is opened, writing
compresses what was written when the file is closed."""

import struct
import time
import zlib

import builtins
import io
import os

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

READ, WRITE = 1, 2

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16
_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Compress data in one shot and return the compressed string."""
    if mtime == 0:
        # zlib writes the header itself (its OS byte is the platform's).
        return zlib.compress(data, compresslevel, wbits=31)
    if mtime is None:
        mtime = time.time()
    if compresslevel == _COMPRESS_LEVEL_BEST:
        xfl = 2
    elif compresslevel == _COMPRESS_LEVEL_FAST:
        xfl = 4
    else:
        xfl = 0
    header = struct.pack("<BBBBLBB", 0x1f, 0x8b, 8, 0, int(mtime) & 0xFFFFFFFF, xfl, 255)
    body = zlib.compress(data, compresslevel, wbits=-zlib.MAX_WBITS)
    trailer = struct.pack("<LL", zlib.crc32(data), len(data) & 0xFFFFFFFF)
    return header + body + trailer


def _read_header(data, pos):
    # The offset of a member's deflate data, or None at the end of the data.
    if pos >= len(data):
        return None
    magic = data[pos:pos + 2]
    if magic != b'\037\213':
        if len(magic) < 2 and not magic.strip(b'\0'):
            return None
        raise BadGzipFile('Not a gzipped file (%r)' % magic)
    if len(data) < pos + 10:
        raise EOFError("Compressed file ended before the end-of-stream marker was reached")
    method, flag = data[pos + 2], data[pos + 3]
    if method != 8:
        raise BadGzipFile('Unknown compression method')
    pos += 10
    if flag & FEXTRA:
        extra_len, = struct.unpack("<H", data[pos:pos + 2])
        pos += 2 + extra_len
    for bit in (FNAME, FCOMMENT):
        if flag & bit:
            end = data.find(b'\0', pos)
            if end < 0:
                raise EOFError("Compressed file ended before the end-of-stream marker was reached")
            pos = end + 1
    if flag & FHCRC:
        pos += 2
    return pos


def decompress(data):
    """Decompress a gzip compressed string in one shot (every member)."""
    data = bytes(data)
    out = []
    pos = 0
    while True:
        pos = _read_header(data, pos)
        if pos is None:
            return b"".join(out)
        d = zlib.decompressobj(wbits=-zlib.MAX_WBITS)
        chunk = d.decompress(data[pos:])
        if not d.eof:
            raise EOFError("Compressed file ended before the end-of-stream marker was reached")
        rest = d.unused_data
        if len(rest) < 8:
            raise EOFError("Compressed file ended before the end-of-stream marker was reached")
        crc, size = struct.unpack("<LL", rest[:8])
        if crc != zlib.crc32(chunk):
            raise BadGzipFile("CRC check failed")
        if size != (len(chunk) & 0xFFFFFFFF):
            raise BadGzipFile("Incorrect length of data produced")
        out.append(chunk)
        pos = len(data) - len(rest) + 8
        # Zero padding between members is allowed.
        while pos < len(data) and data[pos] == 0:
            pos += 1


class GzipFile(io.BufferedIOBase):
    """A gzip file read or written as a whole (see the module docstring)."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST,
                 fileobj=None, mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or 'rb')
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        else:
            filename = os.fspath(filename)
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')
        if mode.startswith('r'):
            self.mode = READ
            self._buffer = io.BytesIO(decompress(fileobj.read()))
        elif mode.startswith(('w', 'a', 'x')):
            if not 0 <= compresslevel <= 9 and compresslevel != -1:
                raise ValueError("Invalid compression level: {!r}".format(compresslevel))
            self.mode = WRITE
            self._buffer = io.BytesIO()
            self._compresslevel = compresslevel
            self._mtime = mtime
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))
        self.fileobj = fileobj
        self.name = filename

    @property
    def mtime(self):
        return self._mtime if self.mode == WRITE else None

    def __repr__(self):
        s = repr(self.fileobj)
        return '<gzip ' + s[1:-1] + ' ' + hex(id(self)) + '>'

    def _check_not_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def _check_mode(self, wanted, what):
        self._check_not_closed()
        if self.mode != wanted:
            import errno
            raise OSError(errno.EBADF, what + "() on " +
                          ("write-only" if wanted == READ else "read-only") + " GzipFile object")

    @property
    def closed(self):
        return self.fileobj is None

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def write(self, data):
        self._check_mode(WRITE, "write")
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = memoryview(data)
            length = data.nbytes
        self._buffer.write(data)
        return length

    def read(self, size=-1):
        self._check_mode(READ, "read")
        return self._buffer.read(size)

    def read1(self, size=-1):
        return self.read(size)

    def peek(self, n):
        self._check_mode(READ, "peek")
        pos = self._buffer.tell()
        data = self._buffer.read(max(n, 1))
        self._buffer.seek(pos)
        return data

    def readline(self, size=-1):
        self._check_mode(READ, "readline")
        return self._buffer.readline(size)

    def readlines(self, hint=-1):
        self._check_mode(READ, "readlines")
        return self._buffer.readlines(hint)

    def __iter__(self):
        self._check_mode(READ, "read")
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        self._check_not_closed()
        return self._buffer.tell()

    def seek(self, offset, whence=io.SEEK_SET):
        self._check_not_closed()
        if self.mode == WRITE:
            if whence == io.SEEK_CUR:
                offset = self._buffer.tell() + offset
            elif whence != io.SEEK_SET:
                raise ValueError('Seek from end not supported')
            if offset < self._buffer.tell():
                raise OSError('Negative seek in write mode')
            self._buffer.write(b'\0' * (offset - self._buffer.tell()))
            return self._buffer.tell()
        return self._buffer.seek(offset, whence)

    def rewind(self):
        self._check_mode(READ, "seek")
        self._buffer.seek(0)

    def flush(self, zlib_mode=None):
        self._check_not_closed()

    def fileno(self):
        return self.fileobj.fileno()

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        try:
            if self.mode == WRITE:
                fileobj.write(compress(self._buffer.getvalue(), self._compresslevel, mtime=self._mtime))
        finally:
            self.fileobj = None
            myfileobj = self.myfileobj
            if myfileobj:
                self.myfileobj = None
                myfileobj.close()

    def __enter__(self):
        self._check_not_closed()
        return self

    def __exit__(self, *args):
        self.close()


class _GzipText(io.StringIO):
    """gzip.open(..., 't'): the text of the whole file (read), or text
    encoded into a GzipFile when closed (write)."""

    def __init__(self, binary, reading, encoding, errors, newline):
        self._binary = binary
        self._reading = reading
        self._encoding = encoding or 'utf-8'
        self._errors = errors or 'strict'
        self.name = binary.name
        self.mode = ('r' if reading else 'w') + 't'
        initial = binary.read().decode(self._encoding, self._errors) if reading else ''
        super().__init__(initial, newline=newline)

    def close(self):
        if self.closed:
            return
        try:
            if not self._reading:
                self._binary.write(self.getvalue().encode(self._encoding, self._errors))
        finally:
            self._binary.close()
            super().close()

    def __exit__(self, *args):
        self.close()


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST,
         encoding=None, errors=None, newline=None):
    """Open a gzip-compressed file in binary or text mode."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    gz_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes)) or hasattr(filename, "__fspath__"):
        binary_file = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if "t" in mode:
        return _GzipText(binary_file, gz_mode.startswith("r"), encoding, errors, newline)
    return binary_file
