# bytearray mutation: items, slices, methods, in-place operators, del.
b = bytearray(b"hello")
b[0] = 72
b[-1] = ord("O")
print(b)
b[1:3] = b"EE"
print(b)
b[1:3] = b"xyz123"
print(b)
b[2:6] = b""
print(b)
b[:0] = b">>"
print(b)
b[len(b):] = [33, 33]
print(b)
b[::2] = b"abcde"
print(b)
b[::-3] = bytearray(b"XYZ")
print(b)
b[1:4] = (ord(c) for c in "gen")
print(b)
del b[0]
print(b)
del b[-2:]
print(b)
del b[::2]
print(b)
b = bytearray(range(10))
del b[::-3]
print(list(b))
b = bytearray(b"abc")
b[3:1] = b"--"
print(b)
b[:] = b
print(b)

b = bytearray()
b.append(1)
b.append(255)
b.extend(b"ab")
b.extend([9, 8])
b.extend(bytearray(b"!"))
b.extend(range(3))
b.extend("")
b.insert(0, 100)
b.insert(-1, 50)
b.insert(1000, 7)
b.insert(-1000, 6)
print(b, len(b))
print(b.pop(), b.pop(0), b.pop(-2), b)
b.remove(255)
print(b)
b.reverse()
print(b)
c = b.copy()
c.clear()
print(b, c, b.copy() is b)

x = bytearray(b"ab")
y = x
x += b"cd"
x += bytearray(b"ef")
print(x, y, x is y)
x *= 2
print(y, x is y)
x *= 0
print(y)

# Sieve of Eratosthenes, the classic bytearray program.
n = 100
sieve = bytearray([1]) * (n + 1)
sieve[0:2] = b"\x00\x00"
for i in range(2, int(n ** 0.5) + 1):
    if sieve[i]:
        sieve[i * i::i] = b"\x00" * len(range(i * i, n + 1, i))
print([i for i, flag in enumerate(sieve) if flag])
flags = bytearray(n)
for i in range(2, n):
    if not flags[i]:
        flags[i * i::i] = bytearray(len(range(i * i, n, i)))
print(sum(1 for i in range(2, n) if not flags[i]))

# expect: bytearray(b'HellO')
# expect: bytearray(b'HEElO')
# expect: bytearray(b'Hxyz123lO')
# expect: bytearray(b'Hx3lO')
# expect: bytearray(b'>>Hx3lO')
# expect: bytearray(b'>>Hx3lO!!')
# expect: bytearray(b'a>bxcld!e')
# expect: bytearray(b'a>ZxcYd!X')
# expect: bytearray(b'agencYd!X')
# expect: bytearray(b'gencYd!X')
# expect: bytearray(b'gencYd')
# expect: bytearray(b'ecd')
# expect: [1, 2, 4, 5, 7, 8]
# expect: bytearray(b'abc--')
# expect: bytearray(b'abc--')
# expect: bytearray(b'\x06d\x01\xffab\t\x08!\x00\x012\x02\x07') 14
# expect: 7 6 50 bytearray(b'd\x01\xffab\t\x08!\x00\x01\x02')
# expect: bytearray(b'd\x01ab\t\x08!\x00\x01\x02')
# expect: bytearray(b'\x02\x01\x00!\x08\tba\x01d')
# expect: bytearray(b'\x02\x01\x00!\x08\tba\x01d') bytearray(b'') False
# expect: bytearray(b'abcdef') bytearray(b'abcdef') True
# expect: bytearray(b'abcdefabcdef') True
# expect: bytearray(b'')
# expect: [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97]
# expect: 98
