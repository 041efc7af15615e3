# io.StringIO/io.BytesIO: reads, writes past the end and over the middle, many appends, seek/tell/truncate, newline modes, closed streams, redirect_stdout and print(file=), the io ABCs
import io, sys, contextlib
print(io.StringIO, io.BytesIO, io.StringIO.__mro__ if False else "", io.SEEK_END)
s = io.StringIO('ab\ncd')
print(s.tell(), s.read(1), s.tell(), s.readline(), s.readlines())
s.seek(10); s.write('x'); print(repr(s.getvalue()))
try: s.write(1)
except TypeError as e: print(e)
s.seek(0); print(list(s))
s.truncate(3); print(repr(s.getvalue()), s.tell())
s.close(); print(s.closed)
try: s.read()
except ValueError as e: print(e)
b = io.BytesIO(b'xy\nz')
print(b.read(), b.getvalue(), b.seek(-2, 2), b.read(), b.tell())
b.seek(0); print(b.readline(), b.readlines())
try: b.write('s')
except TypeError as e: print(e)
b.write(bytearray(b'QQ')); print(b.getvalue())
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured", 1, 2)
    print("more")
print(repr(buf.getvalue()))
print("to file", file=buf, end="!")
print(repr(buf.getvalue()))
with io.StringIO("l1\nl2\n") as f:
    for line in f: print(line.rstrip())
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), issubclass(io.StringIO, io.IOBase))
try: io.StringIO().fileno()
except io.UnsupportedOperation as e: print("unsupported", e)
u = io.StringIO("a\r\nb\rc\n", newline=None); print(repr(u.getvalue()))
u = io.StringIO(newline=""); u.write("a\r\nb\rc\n"); u.seek(0); print(u.readlines())
print(isinstance(sys.stdout, io.TextIOBase), isinstance(3, io.IOBase))
class MyStream(io.TextIOBase):
    pass
print(isinstance(MyStream(), io.IOBase), issubclass(io.StringIO, io.RawIOBase))
import io
s = io.StringIO()
for i in range(200000):
    s.write("line %d\n" % i)
print(len(s.getvalue()))
s = io.StringIO("abcdef"); s.seek(2); s.write("XY"); s.write("Z"); print(s.getvalue(), s.tell())
s.seek(0, 2); s.write("!"); print(s.getvalue()); s.seek(9); s.write("?"); print(repr(s.getvalue()))

# expect: <class '_io.StringIO'> <class '_io.BytesIO'>  2
# expect: 0 a 1 b
# expect:  ['cd']
# expect: 'ab\ncd\x00\x00\x00\x00\x00x'
# expect: string argument expected, got 'int'
# expect: ['ab\n', 'cd\x00\x00\x00\x00\x00x']
# expect: 'ab\n' 11
# expect: True
# expect: I/O operation on closed file
# expect: b'xy\nz' b'xy\nz' 2 b'\nz' 4
# expect: b'xy\n' [b'z']
# expect: a bytes-like object is required, not 'str'
# expect: b'xy\nzQQ'
# expect: 'captured 1 2\nmore\n'
# expect: 'captured 1 2\nmore\nto file!'
# expect: l1
# expect: l2
# expect: True True True
# expect: unsupported fileno
# expect: 'a\nb\nc\n'
# expect: ['a\r\n', 'b\r', 'c\n']
# expect: True False
# expect: True False
# expect: 2288890
# expect: abXYZf 5
# expect: abXYZf!
# expect: 'abXYZf!\x00\x00?'
