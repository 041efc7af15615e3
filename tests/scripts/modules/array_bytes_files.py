# array: tobytes/frombytes in native sizes, byteswap, tofile/fromfile (EOFError), unicode arrays, slice assignment, repetition
# Binary round trips: bytes, files, byteswap
from array import array
import io, sys
a = array('H', [1, 2, 258, 65535])
b = a.tobytes(); print(b, len(b))
c = array('H'); c.frombytes(b); print(c == a)
a.byteswap(); print(a)
buf = io.BytesIO(); array('d', [1.5, -2.25]).tofile(buf)
buf.seek(0); d = array('d'); d.fromfile(buf, 2); print(d)
buf.seek(0); e = array('d')
try:
    e.fromfile(buf, 5)
except EOFError as err:
    print('EOFError', err, e)
u = array('u', 'abc'); print(u.tounicode(), u.tobytes()[:8]); u.fromunicode('de'); print(u)
q = array('q', [-1, 2**62]); print(q.tobytes()[:8], array('q', q.tobytes()))
print(array('i', range(5)) * 2, 2 * array('b', [1]), array('i', [1]) + array('i', [2]))
x = array('i', [1, 2, 3]); x += array('i', [4]); x *= 2; print(x)
x[1:3] = array('i', [7, 8, 9]); print(x)
print(array('i', [1, 2, 3]).buffer_info()[1])

# expect: b'\x01\x00\x02\x00\x02\x01\xff\xff' 8
# expect: True
# expect: array('H', [256, 512, 513, 65535])
# expect: array('d', [1.5, -2.25])
# expect: EOFError read() didn't return enough bytes array('d', [1.5, -2.25])
# expect: abc b'a\x00\x00\x00b\x00\x00\x00'
# expect: array('u', 'abcde')
# expect: b'\xff\xff\xff\xff\xff\xff\xff\xff' array('q', [-1, 4611686018427387904])
# expect: array('i', [0, 1, 2, 3, 4, 0, 1, 2, 3, 4]) array('b', [1, 1]) array('i', [1, 2])
# expect: array('i', [1, 2, 3, 4, 1, 2, 3, 4])
# expect: array('i', [1, 7, 8, 9, 4, 1, 2, 3, 4])
# expect: 3
