# memoryview: cast (expectations from python3 3.11)
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

raw = bytes(range(1, 17))
m = memoryview(raw)
for fmt in 'bBhHiIlLqQnNfd?c':
    c = m.cast(fmt)
    print(fmt, c.format, c.itemsize, len(c), c.shape, c.tolist()[:2])
print(m.cast('@I').format, m.cast('@I').tolist())
grid = m.cast('B', shape=[4, 4])
print(grid.ndim, grid.shape, grid.strides, grid.tolist()[1], grid[2, 3], grid[-1, -1])
print(len(grid), grid.nbytes, grid.tobytes() == raw, grid.c_contiguous, grid.f_contiguous)
cube = m.cast('B', shape=(2, 2, 4))
print(cube.tolist()[1][0], cube[1, 1, 3], cube.strides)
words = m.cast('H', shape=[2, 4])
print(words.tolist(), words.format, words.strides)
back = words.cast('B')
print(back.shape, back.tolist() == list(raw))
show(lambda: grid[0])
show(lambda: list(grid))
show(lambda: grid[1])
show(lambda: grid[4, 0])
show(lambda: grid[0, -5])
show(lambda: cube[1, 0])
show(lambda: m.cast('e'))
show(lambda: m.cast('<I'))
show(lambda: m.cast('II'))
show(lambda: m.cast('x'))
show(lambda: m.cast(4))
show(lambda: m.cast('I').cast('H'))
show(lambda: m[::2].cast('H'))
show(lambda: m.cast('B', shape=[3, 5]))
show(lambda: m.cast('B', shape=[0, 16]))
show(lambda: m.cast('B', shape=16))
show(lambda: m.cast('B', shape=['a']))
show(lambda: m[:3].cast('H'))
z = m[:1].cast('B', shape=[])
print(z.ndim, z.shape, z[()], z.tolist(), len(z))
show(lambda: z[0])
show(lambda: list(z))
show(lambda: m.tobytes('Z'))
print(m.tobytes('C') == raw, m.tobytes(order=None) == raw, m.tobytes('A') == raw)

# expect: b b 1 16 (16,) [1, 2]
# expect: B B 1 16 (16,) [1, 2]
# expect: h h 2 8 (8,) [513, 1027]
# expect: H H 2 8 (8,) [513, 1027]
# expect: i i 4 4 (4,) [67305985, 134678021]
# expect: I I 4 4 (4,) [67305985, 134678021]
# expect: l l 8 2 (2,) [578437695752307201, 1157159078456920585]
# expect: L L 8 2 (2,) [578437695752307201, 1157159078456920585]
# expect: q q 8 2 (2,) [578437695752307201, 1157159078456920585]
# expect: Q Q 8 2 (2,) [578437695752307201, 1157159078456920585]
# expect: n n 8 2 (2,) [578437695752307201, 1157159078456920585]
# expect: N N 8 2 (2,) [578437695752307201, 1157159078456920585]
# expect: f f 4 4 (4,) [1.539989614439558e-36, 4.063216068939723e-34]
# expect: d d 8 2 (2,) [5.447603722011605e-270, 2.500364306227096e-231]
# expect: ? ? 1 16 (16,) [True, True]
# expect: c c 1 16 (16,) [b'\x01', b'\x02']
# expect: @I [67305985, 134678021, 202050057, 269422093]
# expect: 2 (4, 4) (4, 1) [5, 6, 7, 8] 12 16
# expect: 4 16 True True False
# expect: [9, 10, 11, 12] 16 (8, 4, 1)
# expect: [[513, 1027, 1541, 2055], [2569, 3083, 3597, 4111]] H (8, 2)
# expect: (16,) True
# expect: NotImplementedError multi-dimensional sub-views are not implemented
# expect: NotImplementedError multi-dimensional sub-views are not implemented
# expect: NotImplementedError multi-dimensional sub-views are not implemented
# expect: IndexError index out of bounds on dimension 1
# expect: IndexError index out of bounds on dimension 2
# expect: NotImplementedError sub-views are not implemented
# expect: ValueError memoryview: destination format must be a native single character format prefixed with an optional '@'
# expect: ValueError memoryview: destination format must be a native single character format prefixed with an optional '@'
# expect: ValueError memoryview: destination format must be a native single character format prefixed with an optional '@'
# expect: ValueError memoryview: destination format must be a native single character format prefixed with an optional '@'
# expect: TypeError cast() argument 'format' must be str, not int
# expect: TypeError memoryview: cannot cast between two non-byte formats
# expect: TypeError memoryview: casts are restricted to C-contiguous views
# expect: TypeError memoryview: product(shape) * itemsize != buffer size
# expect: ValueError memoryview.cast(): elements of shape must be integers > 0
# expect: TypeError shape must be a list or a tuple
# expect: TypeError memoryview.cast(): elements of shape must be integers
# expect: TypeError memoryview: length is not a multiple of itemsize
# expect: 0 () 1 1 1
# expect: TypeError invalid indexing of 0-dim memory
# expect: TypeError invalid indexing of 0-dim memory
# expect: ValueError order must be 'C', 'F' or 'A'
# expect: True True True
