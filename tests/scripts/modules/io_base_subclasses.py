# Subclasses of io.BufferedIOBase/RawIOBase inherit IOBase's methods as in CPython: closed, with, writelines, readline through peek() or read(1), readlines, iteration
import io
class W(io.BufferedIOBase):
    def __init__(self): self.data = bytearray()
    def writable(self): return True
    def write(self, b): self.data += b; return len(b)
w = W()
print(w.closed, isinstance(w, io.IOBase), io.BufferedIOBase.__mro__[1].__name__)
with w as f:
    f.write(b'ab'); f.writelines([b'c', b'd'])
print(w.closed, bytes(w.data))
class R(io.RawIOBase):
    def __init__(self, data): self.data, self.pos = data, 0
    def readable(self): return True
    def read(self, n=-1):
        chunk = self.data[self.pos:self.pos + (n if n >= 0 else len(self.data))]
        self.pos += len(chunk)
        return chunk
r = R(b'one\ntwo\nthree')
print(r.readline(), r.readline(2), r.readlines(), list(R(b'a\nb')))
class P(io.BufferedIOBase):
    def __init__(self, data): self.data = data
    def peek(self, n=0): return self.data[:max(n, 1) + 8]
    def read(self, n=-1):
        chunk, self.data = self.data[:n], self.data[n:]
        return chunk
print(P(b'first line\nsecond').readline(), P(b'xyz').readline(2))
try:
    io.TextIOBase().readline()
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e)
try:
    io.BufferedIOBase().read()
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e)

# expect: False True _BufferedIOBase
# expect: True b'abcd'
# expect: b'one\n' b'tw' [b'o\n', b'three'] [b'a\n', b'b']
# expect: b'first line\n' b'xy'
# expect: UnsupportedOperation readline
# expect: UnsupportedOperation read
