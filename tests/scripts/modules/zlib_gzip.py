# zlib (native on the zlib library) and gzip.compress/decompress: levels, wbits framings, checksums, streaming objects, zdict, copy, errors
# zlib and gzip: one-shot and streaming compression, wbits framings, checksums, errors; gzip round trips.
import zlib
import gzip

data = b"The quick brown fox jumps over the lazy dog. " * 50
for level in (0, 1, 6, 9, -1):
    c = zlib.compress(data, level)
    print(level, len(c), zlib.decompress(c) == data)
print(zlib.compress(b"hello"), zlib.compress(b"hello", wbits=-15), len(zlib.compress(b"hello", wbits=31)))
for wbits in (15, -15, 31, 47):
    c = zlib.compress(data, 6, 31 if wbits == 47 else wbits)
    print(wbits, zlib.decompress(c, wbits) == data)
print(zlib.crc32(b"hello"), zlib.crc32(b" world", zlib.crc32(b"hello")), zlib.crc32(b"hello world"), zlib.adler32(b"hello"), zlib.adler32(b"x", 7))
print(zlib.crc32(b""), zlib.adler32(b""), zlib.crc32(bytearray(b"abc")), zlib.crc32(b"a", -1))

co = zlib.compressobj(9, zlib.DEFLATED, -15)
parts = [co.compress(data[i:i + 100]) for i in range(0, len(data), 100)]
parts.append(co.flush())
stream = b"".join(parts)
do = zlib.decompressobj(-15)
out = b"".join(do.decompress(stream[i:i + 37]) for i in range(0, len(stream), 37)) + do.flush()
print(out == data, do.eof, do.unused_data, do.unconsumed_tail)

do = zlib.decompressobj()
c = zlib.compress(data) + b"TRAILING"
first = do.decompress(c, 100)
print(len(first), len(do.unconsumed_tail) > 0, do.eof)
rest = do.decompress(do.unconsumed_tail)
print(len(first + rest) == len(data), do.eof, do.unused_data)

co = zlib.compressobj()
a = co.compress(b"abc")
s = co.flush(zlib.Z_SYNC_FLUSH)
print(zlib.decompressobj().decompress(a + s), len(co.flush()) > 0)
zd = b"common words the quick brown"
co = zlib.compressobj(zdict=zd)
c = co.compress(b"the quick brown fox") + co.flush()
print(zlib.decompressobj(zdict=zd).decompress(c))
cc = zlib.compressobj()
head = cc.compress(b"xyz")
copy = cc.copy()
print(zlib.decompress(head + cc.flush()), zlib.decompress(head + copy.flush()))

for bad in [lambda: zlib.decompress(b"not zlib"), lambda: zlib.decompress(zlib.compress(data)[:-5]),
            lambda: zlib.compress("text"), lambda: zlib.compress(b"x", 11), lambda: zlib.decompress(b"x", 99),
            lambda: zlib.decompressobj().decompress(b"x", -1)]:
    try:
        bad()
    except (zlib.error, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(zlib.MAX_WBITS, zlib.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, zlib.Z_FINISH, issubclass(zlib.error, Exception))

g = gzip.compress(data, mtime=0)
print(g[:10], len(g), gzip.decompress(g) == data)
print(gzip.compress(b"abc", 1, mtime=1)[:10], gzip.decompress(gzip.compress(b"one", mtime=5) + gzip.compress(b"two", mtime=6)))
print(gzip.decompress(g) == zlib.decompress(g, 31))
for bad in [lambda: gzip.decompress(b"plain"), lambda: gzip.decompress(g[:-4]), lambda: gzip.decompress(g[:-8] + b"\0\0\0\0" + g[-4:])]:
    try:
        bad()
    except (gzip.BadGzipFile, EOFError) as e:
        print(type(e).__name__, e)

# expect: 0 2261 True
# expect: 1 77 True
# expect: 6 72 True
# expect: 9 72 True
# expect: -1 72 True
# expect: b'x\x9c\xcbH\xcd\xc9\xc9\x07\x00\x06,\x02\x15' b'\xcbH\xcd\xc9\xc9\x07\x00' 25
# expect: 15 True
# expect: -15 True
# expect: 31 True
# expect: 47 True
# expect: 907060870 222957957 222957957 103547413 8323199
# expect: 0 1 891568578 3310005809
# expect: True True b'' b''
# expect: 100 True False
# expect: True True b'TRAILING'
# expect: b'abc' True
# expect: b'the quick brown fox'
# expect: b'xyz' b'xyz'
# expect: error Error -3 while decompressing data: incorrect header check
# expect: error Error -5 while decompressing data: incomplete or truncated stream
# expect: TypeError a bytes-like object is required, not 'str'
# expect: error Bad compression level
# expect: error Error -2 while preparing to decompress data: inconsistent stream state
# expect: ValueError max_length must be non-negative
# expect: 15 9 -1 8 4 True
# expect: b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03' 84 True
# expect: b'\x1f\x8b\x08\x00\x01\x00\x00\x00\x04\xff' b'onetwo'
# expect: True
# expect: BadGzipFile Not a gzipped file (b'pl')
# expect: EOFError Compressed file ended before the end-of-stream marker was reached
# expect: BadGzipFile CRC check failed
