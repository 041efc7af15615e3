# memoryview: write (expectations from python3 3.11)
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

buf = bytearray(b'hello world')
v = memoryview(buf)
print(v.readonly)
v[0:5] = b'HELLO'
v[6] = ord('W')
print(buf, v[-1], v[1:3].tolist())
v[::2] = b'******'
print(buf)
v[1:3] = memoryview(b'#$')
v[7:9] = bytearray(b'..')
print(buf)
v[0:4] = v[4:8]          # overlapping source and target
print(buf)

def assign(view, key, value):
    def f():
        view[key] = value
    return f

def delete(view, key):
    def f():
        del view[key]
    return f

show(assign(v, 0, 256))
show(assign(v, 0, -1))
show(assign(v, 0, 'a'))
show(assign(v, 0, 1.0))
show(assign(v, slice(0, 2), b'abc'))
show(assign(v, slice(0, 2), 'ab'))
show(assign(v, 20, 1))
show(delete(v, 0))
show(assign(memoryview(b'ro'), 0, 1))
ro = v.toreadonly()
print(ro.readonly, ro.tobytes() == bytes(buf))
show(assign(ro, 0, 1))
show(lambda: hash(ro))
print(hash(memoryview(b"ab").toreadonly()) == hash(b"ab"))

ints = memoryview(bytearray(8)).cast('i')
ints[0] = -5
ints[1] = 2**31 - 1
print(ints.tolist(), ints.format, ints.itemsize, ints.nbytes, ints.shape, ints.strides)
show(assign(ints, 0, 2**31))
show(assign(ints, 1, -2**31 - 1))
u64 = memoryview(bytearray(16)).cast('Q')
u64[0] = 2**64 - 1
u64[1] = True
print(u64.tolist())
show(assign(u64, 0, -1))
show(assign(u64, 0, 2**64))
floats = memoryview(bytearray(12)).cast('f')
floats[0] = 1.5
floats[1] = 2
floats[2] = True
print(floats.tolist())
show(assign(floats, 0, '1'))
chars = memoryview(bytearray(b'ab')).cast('c')
chars[0] = b'z'
print(chars.tolist(), chars[1])
show(assign(chars, 0, b'zz'))
show(assign(chars, 0, 1))
flags = memoryview(bytearray(3)).cast('?')
flags[0] = 5
flags[2] = []
print(flags.tolist())
h = memoryview(bytearray(4)).cast('h')
h[0] = -32768
h[1] = 32767
print(h.tolist(), bytes(h))
show(assign(h, 0, 32768))

# expect: False
# expect: bytearray(b'HELLO World') 100 [69, 76]
# expect: bytearray(b'*E*L* *o*l*')
# expect: bytearray(b'*#$L* *..l*')
# expect: bytearray(b'* *.* *..l*')
# expect: ValueError memoryview: invalid value for format 'B'
# expect: ValueError memoryview: invalid value for format 'B'
# expect: TypeError memoryview: invalid type for format 'B'
# expect: TypeError memoryview: invalid type for format 'B'
# expect: ValueError memoryview assignment: lvalue and rvalue have different structures
# expect: TypeError a bytes-like object is required, not 'str'
# expect: IndexError index out of bounds on dimension 1
# expect: TypeError cannot delete memory
# expect: TypeError cannot modify read-only memory
# expect: True True
# expect: TypeError cannot modify read-only memory
# expect: TypeError unhashable type: 'bytearray'
# expect: True
# expect: [-5, 2147483647] i 4 8 (2,) (4,)
# expect: ValueError memoryview: invalid value for format 'i'
# expect: ValueError memoryview: invalid value for format 'i'
# expect: [18446744073709551615, 1]
# expect: ValueError memoryview: invalid value for format 'Q'
# expect: ValueError memoryview: invalid value for format 'Q'
# expect: [1.5, 2.0, 1.0]
# expect: TypeError memoryview: invalid type for format 'f'
# expect: [b'z', b'b'] b'b'
# expect: ValueError memoryview: invalid value for format 'c'
# expect: TypeError memoryview: invalid type for format 'c'
# expect: [True, False, False]
# expect: [-32768, 32767] b'\x00\x80\xff\x7f'
# expect: ValueError memoryview: invalid value for format 'h'
