"""gzip (coil): compress() and decompress() of gzip data (RFC 1952) on the
native zlib module, with CPython 3.11's header (mtime, the XFL byte for the
level, OS 255) and its checks of members, CRC and size. GzipFile/open() are
not there."""

import struct
import time
import zlib

__all__ = ["BadGzipFile", "compress", "decompress"]

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
