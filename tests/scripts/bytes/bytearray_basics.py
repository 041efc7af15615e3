# bytearray: construction, repr, indexing, slicing, comparison, hashing.
print(bytearray(), bytearray(3), bytearray(b"abc"), bytearray([65, 66, 67]))
print(bytearray(range(5)), bytearray((x * 2 for x in range(4))), bytearray("h\u00e9", "utf-8"))
print(bytearray("abc", "ascii", "strict"), bytearray(bytearray(b"copy")), bytearray([True, False]))
print(repr(bytearray(b"quote's \"both\" \\ \x00\xff\n")))
print(str(bytearray(b"x")), len(bytearray(b"hello")), bool(bytearray()), bool(bytearray(1)))
b = bytearray(b"hello world")
print(b[0], b[-1], b[1:5], b[::2], b[::-1], b[100:], type(b[1:]).__name__)
print(list(b[:3]), [c for c in bytearray(b"ab")], b"lo" in b, 111 in b, b"xyz" in b, bytearray(b"or") in b)
print(bytearray(b"abc") == b"abc", b"abc" == bytearray(b"abc"), bytearray(b"a") != bytearray(b"a"))
print(bytearray(b"abc") < b"abd", b"b" > bytearray(b"a"), bytearray(b"ab") <= bytearray(b"ab"))
print(bytearray(b"ab") == "ab", bytearray(b"ab") == [97, 98])
print(sorted([bytearray(b"b"), bytearray(b"a"), bytearray(b"c")]))
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print("TypeError", e)
try:
    {bytearray(b"x"): 1}
except TypeError as e:
    print("TypeError", e)
print(bytes(bytearray(b"conv")), bytes(bytearray()), list(bytearray(b"\x01\x02")))
print(bytearray(b"ab") + b"cd", b"ab" + bytearray(b"cd"), bytearray(b"ab") + bytearray(b"!"))
print(bytearray(b"ab") * 3, 2 * bytearray(b"xy"), bytearray(b"ab") * 0, bytearray(b"ab") * -1)
print(type(b"ab" + bytearray(b"cd")).__name__, type(bytearray(b"ab") + b"cd").__name__)
print(isinstance(bytearray(), bytearray), isinstance(bytearray(), bytes), bytearray.__name__)


class Buffer(bytearray):
    def describe(self):
        return f"{len(self)} bytes"


buf = Buffer(b"sub")
buf.append(33)
print(repr(buf), buf.describe(), isinstance(buf, bytearray), buf.upper(), type(buf[:1]).__name__)


class Framed(bytearray):
    def __init__(self, payload):
        super().__init__(b"<" + payload + b">")


print(Framed(b"body"), len(Framed(b"")))
print(bytearray(b"x").decode(), bytearray("é".encode()).decode("utf-8"))
print(bytearray.fromhex("de ad be ef"), bytearray(b"\xde\xad").hex(), bytearray(b"\x01\x02\x03").hex(":"))

# expect: bytearray(b'') bytearray(b'\x00\x00\x00') bytearray(b'abc') bytearray(b'ABC')
# expect: bytearray(b'\x00\x01\x02\x03\x04') bytearray(b'\x00\x02\x04\x06') bytearray(b'h\xc3\xa9')
# expect: bytearray(b'abc') bytearray(b'copy') bytearray(b'\x01\x00')
# expect: bytearray(b'quote\'s "both" \\ \x00\xff\n')
# expect: bytearray(b'x') 5 False True
# expect: 104 100 bytearray(b'ello') bytearray(b'hlowrd') bytearray(b'dlrow olleh') bytearray(b'') bytearray
# expect: [104, 101, 108] [97, 98] True True False True
# expect: True True False
# expect: True True True
# expect: False False
# expect: [bytearray(b'a'), bytearray(b'b'), bytearray(b'c')]
# expect: TypeError unhashable type: 'bytearray'
# expect: TypeError unhashable type: 'bytearray'
# expect: b'conv' b'' [1, 2]
# expect: bytearray(b'abcd') b'abcd' bytearray(b'ab!')
# expect: bytearray(b'ababab') bytearray(b'xyxy') bytearray(b'') bytearray(b'')
# expect: bytes bytearray
# expect: True False bytearray
# expect: Buffer(b'sub!') 4 bytes True bytearray(b'SUB!') bytearray
# expect: Framed(b'<body>') 2
# expect: x é
# expect: bytearray(b'\xde\xad\xbe\xef') dead 01:02:03
