# bytes, bytearray and text encodings: encode/decode with error handlers,
# utf-8/latin-1/ascii/utf-16 lengths, bytes methods, bytearray mutation, memoryview casts.
s = "naïve café ☕ 𝄞"
for enc in ("utf-8", "utf-16-le", "utf-32-be", "latin-1", "ascii"):
    for errors in ("strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace"):
        try:
            b = s.encode(enc, errors)
            print(f"{enc:<10} {errors:<18} {len(b):>3} {b[:12]!r}")
        except UnicodeEncodeError as e:
            print(f"{enc:<10} {errors:<18} UnicodeEncodeError: {e}")
raw = "été".encode("utf-8")
print(raw, raw.decode("latin-1"), raw.decode("ascii", "replace"), raw.decode("ascii", "ignore"), raw.decode("utf-8", "surrogateescape"))
try:
    b"\xff\xfe\xfa".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e, e.start, e.end, e.reason)
print("€".encode("cp1252"), b"\x80".decode("cp1252"), "ß".encode("utf-8").hex(), bytes([240, 159, 152, 128]).decode())
b = b"  Hello, Bytes World!  "
print(b.strip(), b.split(b","), b.upper(), b.replace(b"l", b"L", 2), b.find(b"World"), b.count(b"l"), b.startswith(b"  H"))
print(b"abc" + b"def", b"ab" * 3, b"a" in b"cat", 97 in b"cat", b"x,y".partition(b","), b"%d%%" % 5, list(b"AZ"))
print(b"hello world".title(), b"ABC".lower(), b"a\tb".expandtabs(4), b"1234".isdigit(), b"  ".isspace(), b"abc".center(9, b"*"))
print(bytes(3), bytes(range(65, 70)), bytes("xyz", "ascii"), bytes.fromhex("41 42"), b"\x00\x01".hex(":"), bytes(b"copy"))
ba = bytearray(b"hello")
ba[0] = ord("J")
ba.extend(b" world")
ba += b"!"
ba.insert(0, 62)
del ba[1:2]
print(ba, ba.pop(), len(ba), ba.decode(), ba.reverse() or ba, bytearray(3), bytearray([1, 2]) == b"\x01\x02")
ba2 = bytearray(b"abcdef")
ba2[1:3] = b"XYZW"
ba2.remove(ord("Z"))
print(ba2, ba2.index(b"W"), ba2.zfill(10), ba2.translate(bytes.maketrans(b"abc", b"ABC")), ba2.rstrip(b"f"))
try:
    ba2[0] = 256
except ValueError as e:
    print("ValueError:", e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print("TypeError:", e)
m = memoryview(bytearray(b"\x01\x00\x02\x00\x03\x00\x04\x00"))
ints = m.cast("H")
print(ints.tolist(), ints.format, ints.itemsize, len(ints), m.nbytes, m.readonly, bytes(m[2:4]))
ints[0] = 258
print(m.tobytes(), m.hex())
print(str(b"abc", "ascii"), str(b"abc"), repr(bytearray(b"x'y")), b"\\n".decode("unicode_escape") == "\n", "\u00e9".encode("unicode_escape"))
