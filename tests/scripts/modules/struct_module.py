# struct: pack/unpack in every byte order and code, Struct objects, and
# CPython's struct.error messages.
import struct
from struct import pack, unpack, calcsize

def show(f):
    try:
        r = f()
        print(r)
    except Exception as e:
        print(type(e).__name__ + ':', e)

for order in '@=<>!':
    fmt = order + 'bBhHiIlLqQ?efd'
    vals = (-5, 200, -300, 60000, -70000, 4000000000, -2**31, 2**32 - 1, -2**63, 2**64 - 1, True, 1.5, 0.1, -2.25)
    data = pack(fmt, *vals)
    print(order, calcsize(fmt), data.hex(), unpack(fmt, data))
print(calcsize('@nNP'), unpack('@nNP', pack('@nNP', -1, 2**64 - 1, 0x1234)))
print(calcsize('ci'), calcsize('ic'), calcsize('@ihq'), calcsize('=ihq'), calcsize('<5s2xi0q'), calcsize('c0q'), calcsize(' i  h '))
print(pack('5s', b'ab'), pack('3s', b'abcdef'), pack('5p', b'ab'), pack('3p', b'abcdef'), pack('0s', b'a'), pack('1p', b'a'))
print(unpack('5p', b'\x09abcd'), unpack('3s', bytearray(b'xyz')), unpack('2c', b'ab'), pack('2x'), pack('c', b'\xff'))
print(pack('<e', 65504), pack('>e', -0.0), unpack('<e', b'\x00\x7c'), unpack('<e', b'\x01\x00'), pack('<e', 1e-8), pack('<e', 2**-24))
print([unpack('<e', pack('<e', x))[0] for x in (0.1, 1/3, 1000.5, 2049.0, 6.1e-05)])
print(pack('>d', float('inf')), pack('<f', 1e-50), unpack('>f', b'\x7f\x80\x00\x00'), pack('@f', 1e300))
print(unpack('>?', b'\x02'), pack('<?', []), pack('<?', 'x'))
class Idx:
    def __index__(self): return 7
class Flt:
    def __float__(self): return 2.5
print(pack('<i', Idx()), pack('<d', Idx()), pack('<d', Flt()), pack('<d', 3), pack('<i', True))

s = struct.Struct('<hI2s')
print(s.format, s.size, s.pack(1, 2, b'xy'), s.unpack(b'\x01\x00\x02\x00\x00\x00xy'))
print(struct.Struct(b'>q').format, type(s).__name__)
buf = bytearray(12)
s.pack_into(buf, 2, -1, 7, b'ab')
struct.pack_into('<h', buf, -2, 513)
print(buf, s.unpack_from(buf, 2), struct.unpack_from('<h', buf, offset=10), struct.unpack_from('<h', buf, -2))
it = struct.iter_unpack('<hh', b'\x01\x00\x02\x00\x03\x00\x04\x00')
print(it.__length_hint__(), next(it), list(it), list(s.iter_unpack(b'')))

errors = [
    "pack('z', 1)", "pack('3', 1)", "pack('i')", "pack('i', 1, 2)", "pack('i', 'a')", "pack('i', 1.0)",
    "pack('c', b'ab')", "pack('c', 'a')", "pack('c', bytearray(b'a'))", "pack('s', 'a')", "pack('p', 1)",
    "pack('f', 'a')", "pack('<f', 3.5e38)", "pack('<f', 10**39)", "pack('e', 1e10)", "pack('<e', 65520)", "pack('d', 2**2000)",
    "pack('x', 1)", "pack('<n', 1)", "pack('<P', 1)", "pack('2 i', 1, 2)", "calcsize('99999999999999999999x')",
    "unpack('i', b'abc')", "unpack('i', 'abcd')", "unpack('<h', b'abc')",
    "struct.unpack_from('i', b'abcd', 1)", "struct.unpack_from('i', b'abcd', -1)", "struct.unpack_from('i', b'abcd', -5)",
    "struct.pack_into('i', bytearray(3), 0, 1)", "struct.pack_into('i', bytearray(8), 6, 1)", "struct.pack_into('i', bytearray(8), -9, 1)",
    "struct.pack_into('i', bytearray(8), -2, 1)", "struct.pack_into('i', b'abcd', 0, 1)", "struct.pack_into('i', bytearray(8), 0)",
    "struct.iter_unpack('i', b'abcde')", "struct.iter_unpack('', b'')", "calcsize(1)", "struct.Struct()", "struct.Struct(1)",
    "pack('<h', 2**100)", "pack('>Q', -1)", "pack('@P', 2**64)",
]
for e in errors:
    show(lambda: eval(e))
for order in '@=<>!':
    for code in 'bBhHiIlLqQnN':
        if order != '@' and code in 'nN':
            continue
        size = calcsize(order + code)
        lo = -(2**(8*size-1)) if code.islower() else 0
        hi = 2**(8*size-1)-1 if code.islower() else 2**(8*size)-1
        msgs = []
        for v in (hi + 1, lo - 1, 2**100):
            try:
                pack(order + code, v)
                msgs.append('ok')
            except struct.error as e:
                msgs.append(str(e))
        print(order + code, unpack(order + code, pack(order + code, hi)), unpack(order + code, pack(order + code, lo)), msgs)
print(issubclass(struct.error, Exception), struct.error.__module__)

# Expected output (CPython 3.11):
# expect: @ 64 fbc8d4fe60ea000090eefeff00286bee00000080ffffffffffffffff000000000000000000000080ffffffffffffffff0100003ecdcccc3d00000000000002c0 (-5, 200, -300, 60000, -70000, 4000000000, -2147483648, 4294967295, -9223372036854775808, 18446744073709551615, True, 1.5, 0.10000000149011612, -2.25)
# expect: = 53 fbc8d4fe60ea90eefeff00286bee00000080ffffffff0000000000000080ffffffffffffffff01003ecdcccc3d00000000000002c0 (-5, 200, -300, 60000, -70000, 4000000000, -2147483648, 4294967295, -9223372036854775808, 18446744073709551615, True, 1.5, 0.10000000149011612, -2.25)
# expect: < 53 fbc8d4fe60ea90eefeff00286bee00000080ffffffff0000000000000080ffffffffffffffff01003ecdcccc3d00000000000002c0 (-5, 200, -300, 60000, -70000, 4000000000, -2147483648, 4294967295, -9223372036854775808, 18446744073709551615, True, 1.5, 0.10000000149011612, -2.25)
# expect: > 53 fbc8fed4ea60fffeee90ee6b280080000000ffffffff8000000000000000ffffffffffffffff013e003dcccccdc002000000000000 (-5, 200, -300, 60000, -70000, 4000000000, -2147483648, 4294967295, -9223372036854775808, 18446744073709551615, True, 1.5, 0.10000000149011612, -2.25)
# expect: ! 53 fbc8fed4ea60fffeee90ee6b280080000000ffffffff8000000000000000ffffffffffffffff013e003dcccccdc002000000000000 (-5, 200, -300, 60000, -70000, 4000000000, -2147483648, 4294967295, -9223372036854775808, 18446744073709551615, True, 1.5, 0.10000000149011612, -2.25)
# expect: 24 (-1, 18446744073709551615, 4660)
# expect: 8 5 16 14 11 8 6
# expect: b'ab\x00\x00\x00' b'abc' b'\x02ab\x00\x00' b'\x02ab' b'' b'\x00'
# expect: (b'abcd',) (b'xyz',) (b'a', b'b') b'\x00\x00' b'\xff'
# expect: b'\xff{' b'\x80\x00' (inf,) (5.960464477539063e-08,) b'\x00\x00' b'\x01\x00'
# expect: [0.0999755859375, 0.333251953125, 1000.5, 2048.0, 6.097555160522461e-05]
# expect: b'\x7f\xf0\x00\x00\x00\x00\x00\x00' b'\x00\x00\x00\x00' (inf,) b'\x00\x00\x80\x7f'
# expect: (True,) b'\x00' b'\x01'
# expect: b'\x07\x00\x00\x00' b'\x00\x00\x00\x00\x00\x00\x1c@' b'\x00\x00\x00\x00\x00\x00\x04@' b'\x00\x00\x00\x00\x00\x00\x08@' b'\x01\x00\x00\x00'
# expect: <hI2s 8 b'\x01\x00\x02\x00\x00\x00xy' (1, 2, b'xy')
# expect: >q Struct
# expect: bytearray(b'\x00\x00\xff\xff\x07\x00\x00\x00ab\x01\x02') (-1, 7, b'ab') (513,) (513,)
# expect: 2 (1, 2) [(3, 4)] []
# expect: error: bad char in struct format
# expect: error: repeat count given without format specifier
# expect: error: pack expected 1 items for packing (got 0)
# expect: error: pack expected 1 items for packing (got 2)
# expect: error: required argument is not an integer
# expect: error: required argument is not an integer
# expect: error: char format requires a bytes object of length 1
# expect: error: char format requires a bytes object of length 1
# expect: error: char format requires a bytes object of length 1
# expect: error: argument for 's' must be a bytes object
# expect: error: argument for 'p' must be a bytes object
# expect: error: required argument is not a float
# expect: OverflowError: float too large to pack with f format
# expect: error: int too large to convert
# expect: OverflowError: float too large to pack with e format
# expect: error: int too large to convert
# expect: error: required argument is not a float
# expect: error: pack expected 0 items for packing (got 1)
# expect: error: bad char in struct format
# expect: error: bad char in struct format
# expect: error: bad char in struct format
# expect: error: total struct size too long
# expect: error: unpack requires a buffer of 4 bytes
# expect: TypeError: a bytes-like object is required, not 'str'
# expect: error: unpack requires a buffer of 2 bytes
# expect: error: unpack_from requires a buffer of at least 5 bytes for unpacking 4 bytes at offset 1 (actual buffer size is 4)
# expect: error: not enough data to unpack 4 bytes at offset -1
# expect: error: offset -5 out of range for 4-byte buffer
# expect: error: pack_into requires a buffer of at least 4 bytes for packing 4 bytes at offset 0 (actual buffer size is 3)
# expect: error: pack_into requires a buffer of at least 10 bytes for packing 4 bytes at offset 6 (actual buffer size is 8)
# expect: error: offset -9 out of range for 8-byte buffer
# expect: error: no space to pack 4 bytes at offset -2
# expect: TypeError: argument must be read-write bytes-like object, not bytes
# expect: error: pack_into expected 1 items for packing (got 0)
# expect: error: iterative unpacking requires a buffer of a multiple of 4 bytes
# expect: error: cannot iteratively unpack with a struct of length 0
# expect: TypeError: Struct() argument 1 must be a str or bytes object, not int
# expect: TypeError: Struct() missing required argument 'format' (pos 1)
# expect: TypeError: Struct() argument 1 must be a str or bytes object, not int
# expect: error: argument out of range
# expect: error: int too large to convert
# expect: error: int too large to convert
# expect: @b (127,) (-128,) ['byte format requires -128 <= number <= 127', 'byte format requires -128 <= number <= 127', 'argument out of range']
# expect: @B (255,) (0,) ['ubyte format requires 0 <= number <= 255', 'ubyte format requires 0 <= number <= 255', 'argument out of range']
# expect: @h (32767,) (-32768,) ['short format requires -32768 <= number <= 32767', 'short format requires -32768 <= number <= 32767', 'argument out of range']
# expect: @H (65535,) (0,) ['ushort format requires 0 <= number <= 65535', 'ushort format requires 0 <= number <= 65535', 'argument out of range']
# expect: @i (2147483647,) (-2147483648,) ["'i' format requires -2147483648 <= number <= 2147483647", "'i' format requires -2147483648 <= number <= 2147483647", 'argument out of range']
# expect: @I (4294967295,) (0,) ["'I' format requires 0 <= number <= 4294967295", 'argument out of range', 'argument out of range']
# expect: @l (9223372036854775807,) (-9223372036854775808,) ['argument out of range', 'argument out of range', 'argument out of range']
# expect: @L (18446744073709551615,) (0,) ['argument out of range', 'argument out of range', 'argument out of range']
# expect: @q (9223372036854775807,) (-9223372036854775808,) ['argument out of range', 'argument out of range', 'argument out of range']
# expect: @Q (18446744073709551615,) (0,) ['argument out of range', 'argument out of range', 'argument out of range']
# expect: @n (9223372036854775807,) (-9223372036854775808,) ['argument out of range', 'argument out of range', 'argument out of range']
# expect: @N (18446744073709551615,) (0,) ['argument out of range', 'argument out of range', 'argument out of range']
# expect: =b (127,) (-128,) ['byte format requires -128 <= number <= 127', 'byte format requires -128 <= number <= 127', 'argument out of range']
# expect: =B (255,) (0,) ['ubyte format requires 0 <= number <= 255', 'ubyte format requires 0 <= number <= 255', 'argument out of range']
# expect: =h (32767,) (-32768,) ['short format requires -32768 <= number <= 32767', 'short format requires -32768 <= number <= 32767', 'argument out of range']
# expect: =H (65535,) (0,) ['ushort format requires 0 <= number <= 65535', 'ushort format requires 0 <= number <= 65535', 'argument out of range']
# expect: =i (2147483647,) (-2147483648,) ["'i' format requires -2147483648 <= number <= 2147483647", "'i' format requires -2147483648 <= number <= 2147483647", 'argument out of range']
# expect: =I (4294967295,) (0,) ["'I' format requires 0 <= number <= 4294967295", 'argument out of range', 'argument out of range']
# expect: =l (2147483647,) (-2147483648,) ["'l' format requires -2147483648 <= number <= 2147483647", "'l' format requires -2147483648 <= number <= 2147483647", 'argument out of range']
# expect: =L (4294967295,) (0,) ["'L' format requires 0 <= number <= 4294967295", 'argument out of range', 'argument out of range']
# expect: =q (9223372036854775807,) (-9223372036854775808,) ['argument out of range', 'argument out of range', 'argument out of range']
# expect: =Q (18446744073709551615,) (0,) ['argument out of range', 'argument out of range', 'argument out of range']
# expect: <b (127,) (-128,) ['byte format requires -128 <= number <= 127', 'byte format requires -128 <= number <= 127', 'argument out of range']
# expect: <B (255,) (0,) ['ubyte format requires 0 <= number <= 255', 'ubyte format requires 0 <= number <= 255', 'argument out of range']
# expect: <h (32767,) (-32768,) ['short format requires -32768 <= number <= 32767', 'short format requires -32768 <= number <= 32767', 'argument out of range']
# expect: <H (65535,) (0,) ['ushort format requires 0 <= number <= 65535', 'ushort format requires 0 <= number <= 65535', 'argument out of range']
# expect: <i (2147483647,) (-2147483648,) ["'i' format requires -2147483648 <= number <= 2147483647", "'i' format requires -2147483648 <= number <= 2147483647", 'argument out of range']
# expect: <I (4294967295,) (0,) ["'I' format requires 0 <= number <= 4294967295", 'argument out of range', 'argument out of range']
# expect: <l (2147483647,) (-2147483648,) ["'l' format requires -2147483648 <= number <= 2147483647", "'l' format requires -2147483648 <= number <= 2147483647", 'argument out of range']
# expect: <L (4294967295,) (0,) ["'L' format requires 0 <= number <= 4294967295", 'argument out of range', 'argument out of range']
# expect: <q (9223372036854775807,) (-9223372036854775808,) ['argument out of range', 'argument out of range', 'argument out of range']
# expect: <Q (18446744073709551615,) (0,) ['argument out of range', 'argument out of range', 'argument out of range']
# expect: >b (127,) (-128,) ['byte format requires -128 <= number <= 127', 'byte format requires -128 <= number <= 127', 'argument out of range']
# expect: >B (255,) (0,) ['ubyte format requires 0 <= number <= 255', 'ubyte format requires 0 <= number <= 255', 'argument out of range']
# expect: >h (32767,) (-32768,) ["'h' format requires -32768 <= number <= 32767", "'h' format requires -32768 <= number <= 32767", 'argument out of range']
# expect: >H (65535,) (0,) ["'H' format requires 0 <= number <= 65535", 'argument out of range', 'argument out of range']
# expect: >i (2147483647,) (-2147483648,) ["'i' format requires -2147483648 <= number <= 2147483647", "'i' format requires -2147483648 <= number <= 2147483647", 'argument out of range']
# expect: >I (4294967295,) (0,) ["'I' format requires 0 <= number <= 4294967295", 'argument out of range', 'argument out of range']
# expect: >l (2147483647,) (-2147483648,) ["'l' format requires -2147483648 <= number <= 2147483647", "'l' format requires -2147483648 <= number <= 2147483647", 'argument out of range']
# expect: >L (4294967295,) (0,) ["'L' format requires 0 <= number <= 4294967295", 'argument out of range', 'argument out of range']
# expect: >q (9223372036854775807,) (-9223372036854775808,) ['int too large to convert', 'int too large to convert', 'int too large to convert']
# expect: >Q (18446744073709551615,) (0,) ['int too large to convert', 'int too large to convert', 'int too large to convert']
# expect: !b (127,) (-128,) ['byte format requires -128 <= number <= 127', 'byte format requires -128 <= number <= 127', 'argument out of range']
# expect: !B (255,) (0,) ['ubyte format requires 0 <= number <= 255', 'ubyte format requires 0 <= number <= 255', 'argument out of range']
# expect: !h (32767,) (-32768,) ["'h' format requires -32768 <= number <= 32767", "'h' format requires -32768 <= number <= 32767", 'argument out of range']
# expect: !H (65535,) (0,) ["'H' format requires 0 <= number <= 65535", 'argument out of range', 'argument out of range']
# expect: !i (2147483647,) (-2147483648,) ["'i' format requires -2147483648 <= number <= 2147483647", "'i' format requires -2147483648 <= number <= 2147483647", 'argument out of range']
# expect: !I (4294967295,) (0,) ["'I' format requires 0 <= number <= 4294967295", 'argument out of range', 'argument out of range']
# expect: !l (2147483647,) (-2147483648,) ["'l' format requires -2147483648 <= number <= 2147483647", "'l' format requires -2147483648 <= number <= 2147483647", 'argument out of range']
# expect: !L (4294967295,) (0,) ["'L' format requires 0 <= number <= 4294967295", 'argument out of range', 'argument out of range']
# expect: !q (9223372036854775807,) (-9223372036854775808,) ['int too large to convert', 'int too large to convert', 'int too large to convert']
# expect: !Q (18446744073709551615,) (0,) ['int too large to convert', 'int too large to convert', 'int too large to convert']
# expect: True struct
