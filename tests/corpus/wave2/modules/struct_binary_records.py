# struct packing of a fixed-size record file in memory: formats, byte order,
# calcsize, pack_into/unpack_from, iter_unpack, and errors; plus base64/binascii views.
import base64
import binascii
import struct

RECORD = struct.Struct("<I10sfh?")
print(RECORD.size, RECORD.format, struct.calcsize("@ihq"), struct.calcsize("=ihq"), struct.calcsize(">3s2x"))
rows = [(1, b"alpha", 1.5, -3, True), (2, b"beta-longer-name", -0.25, 300, False), (70000, b"", 1e10, 0, True)]
blob = b"".join(RECORD.pack(*r) for r in rows)
print(len(blob), blob[:19].hex(" "))
for rec in RECORD.iter_unpack(blob):
    ident, name, val, delta, flag = rec
    print(ident, name.rstrip(b"\0"), round(val, 3), delta, flag)
buf = bytearray(8)
struct.pack_into(">hh", buf, 2, 1, -1)
print(buf, struct.unpack_from(">h", buf, 4), struct.unpack(">Q", b"\x00" * 7 + b"\x2a"))
print(struct.pack(">i", -2), struct.pack("<H", 513), struct.pack("!f", 0.1).hex(), struct.pack("d", 2.0).hex())
print(struct.unpack("4B", b"\x01\x02\xfe\xff"), struct.unpack("<4b", b"\x01\x02\xfe\xff"), struct.pack("c?", b"x", 5))
for bad in [lambda: struct.pack("b", 200), lambda: struct.pack("i", "x"), lambda: struct.unpack("i", b"ab"),
            lambda: struct.pack("z", 1), lambda: struct.pack("2i", 1)]:
    try:
        bad()
    except struct.error as e:
        print("struct.error:", e)
data = b"binary\x00\xffdata"
print(base64.b64encode(data), base64.b64decode(base64.b64encode(data)) == data, base64.urlsafe_b64encode(b"\xfb\xff"))
print(base64.b16encode(b"hi"), base64.b32encode(b"hi"), binascii.hexlify(b"hi", "-"), binascii.unhexlify("6869"), binascii.crc32(b"hello"))
print(bytes.fromhex("de ad be ef"), b"\xde\xad".hex(), int.from_bytes(b"\xde\xad", "big"), (57005).to_bytes(2, "little"))
