"""Binary formats with struct, bytes/bytearray manipulation, base64, hex, and a checksum."""
import struct
import base64
import binascii

header = struct.pack("<4sHHI", b"COIL", 1, 2, 0xDEADBEEF)
print(header, len(header), struct.calcsize("<4sHHI"), struct.calcsize("@ci"))
magic, major, minor, flags = struct.unpack("<4sHHI", header)
print(magic.decode(), major, minor, hex(flags))
records = [(1, 2.5, b"ab"), (2, -1.25, b"cd"), (3, 1e10, b"ef")]
blob = b"".join(struct.pack(">if2s", *r) for r in records)
print(blob.hex(" ", 4))
print(list(struct.iter_unpack(">if2s", blob)))
print(struct.pack(">h", -2), struct.unpack(">H", b"\xff\xfe"), struct.pack("?x?", True, False))
try:
    struct.pack(">B", 256)
except struct.error as e:
    print("struct.error:", e)
buf = bytearray(b"hello world")
buf[0] = ord("H")
buf[6:] = b"World!"
buf.extend(b" :)")
print(buf, buf.decode(), bytes(buf[:5]), buf.find(b"o"), buf.count(b"o"))
print(b"abc" + bytes([100, 101]), b"x" * 3, b"a,b,c".split(b","), b"  pad ".strip(), bytes.fromhex("ff00 10"))
data = "Grüße, 世界!".encode("utf-8")
print(data, len(data), data.decode("utf-8"), "é".encode("latin-1"), "abc".encode("utf-16-le"))
print(base64.b64encode(data), base64.b64decode(base64.b64encode(data)).decode(), base64.urlsafe_b64encode(b"\xfb\xff"))
print(binascii.hexlify(b"\x01\xab"), binascii.crc32(b"hello world"), hex(binascii.crc32(b"")))


def checksum(data):
    s1, s2 = 1, 0
    for byte in data:
        s1 = (s1 + byte) % 65521
        s2 = (s2 + s1) % 65521
    return (s2 << 16) | s1


print(checksum(b"Wikipedia"), hex(checksum(b"Wikipedia")))
print(int.from_bytes(b"\x00\x10", "big"), (1024).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True))
print(memoryview(b"abcdef")[1:4].tobytes(), bytes(3), bytearray(2), b"%d-%s" % (5, b"x"))
