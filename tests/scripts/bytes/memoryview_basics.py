# memoryview: basics (expectations from python3 3.11)
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

data = b'abcdefgh'
m = memoryview(data)
print(len(m), m[0], m[-1], m.obj is data, type(m).__name__)
print(m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides, m.suboffsets, m.readonly)
print(m.c_contiguous, m.f_contiguous, m.contiguous)
print(m[2:5].tobytes(), m[::2].tobytes(), m[::-1].tobytes(), m[5:1:-2].tolist())
s = m[1:7:2]
print(s.shape, s.strides, s.contiguous, s.obj is data, bytes(s), s.nbytes)
print(m.tolist()[:3], list(m[:3]), [x for x in m[6:]])
print(m.hex(), m[:4].hex(':'), m.hex('-', 3), m.hex(' ', -3))
print(m == data, m == bytearray(data), m == memoryview(bytearray(data)), m != b'abc', m == 'abcdefgh')
print(hash(m) == hash(data), hash(m[2:4]) == hash(b'cd'))
print(97 in m, 120 in m, bool(m), bool(m[3:3]), len(m[3:3]))
print(bytes(m) == data, bytearray(m[4:]), memoryview(m).tobytes(), memoryview(m).obj is data)
print(repr(m).startswith('<memory at 0x'), str(m[1:]).startswith('<memory at '))
with memoryview(b'xyz') as w:
    print(w.tobytes(), w[1])
print(repr(w).startswith('<released memory at 0x'))
show(lambda: w[0])
show(lambda: len(w))
show(lambda: w.tobytes())
show(lambda: w.format)
print(w == w, w == memoryview(b'xyz'))
w.release()
show(lambda: memoryview('text'))
show(lambda: memoryview(12))
show(lambda: memoryview())
show(lambda: memoryview(b'a', b'b'))
print(memoryview(object=b'kw').tobytes())
show(lambda: m[8])
show(lambda: m[-9])
show(lambda: m['0'])
show(lambda: m[1.0])
show(lambda: m[0, 0])
show(lambda: m[()])
show(lambda: m[...])
show(lambda: m < m)
show(lambda: hash(memoryview(bytearray(b'ab'))))
show(lambda: hash(m.cast('H')))
show(lambda: type('Sub', (memoryview,), {}))

# expect: 8 97 104 True memoryview
# expect: B 1 8 1 (8,) (1,) () True
# expect: True True True
# expect: b'cde' b'aceg' b'hgfedcba' [102, 100]
# expect: (3,) (2,) False True b'bdf' 3
# expect: [97, 98, 99] [97, 98, 99] [103, 104]
# expect: 6162636465666768 61:62:63:64 6162-636465-666768 616263 646566 6768
# expect: True True True True False
# expect: True True
# expect: True False True False 0
# expect: True bytearray(b'efgh') b'abcdefgh' True
# expect: True True
# expect: b'xyz' 121
# expect: True
# expect: ValueError operation forbidden on released memoryview object
# expect: ValueError operation forbidden on released memoryview object
# expect: ValueError operation forbidden on released memoryview object
# expect: ValueError operation forbidden on released memoryview object
# expect: True False
# expect: TypeError memoryview: a bytes-like object is required, not 'str'
# expect: TypeError memoryview: a bytes-like object is required, not 'int'
# expect: TypeError memoryview() missing required argument 'object' (pos 1)
# expect: TypeError memoryview() takes at most 1 argument (2 given)
# expect: b'kw'
# expect: IndexError index out of bounds on dimension 1
# expect: IndexError index out of bounds on dimension 1
# expect: TypeError memoryview: invalid slice key
# expect: TypeError memoryview: invalid slice key
# expect: TypeError cannot index 1-dimension view with 2-element tuple
# expect: NotImplementedError sub-views are not implemented
# expect: TypeError memoryview: invalid slice key
# expect: TypeError '<' not supported between instances of 'memoryview' and 'memoryview'
# expect: ValueError cannot hash writable memoryview object
# expect: ValueError memoryview: hashing is restricted to formats 'B', 'b' or 'c'
# expect: TypeError type 'memoryview' is not an acceptable base type
