# A minimal bytes: literals, repr, len, items, slices, iteration, +, *, constructor.
b = b"hi\x00\xff'"
print(b, len(b), b[0], b[-1], b[1:3])             # expect: b"hi\x00\xff'" 5 104 39 b'i\x00'
print(b"\t\n\r\\", b'"', b"both'\"")               # expect: b'\t\n\r\\' b'"' b'both\'"'
print(list(b"ab"), b"ab" + b"cd", b"ab" * 2, b"" * 3)  # expect: [97, 98] b'abcd' b'abab' b''
print(bytes(), bytes(3), bytes([65, 66]), bytes("é", "utf-8"), bytes(b"x"))  # expect: b'' b'\x00\x00\x00' b'AB' b'\xc3\xa9' b'x'
print(b"ab" == b"ab", b"a" < b"b", b"a" == "a", 97 in b"abc", b"bc" in b"abc")  # expect: True True False True True
print(b"abc"[::-1], b"x".hex(), b"-".join([b"a", b"b"]), b"abc".startswith(b"ab"))  # expect: b'cba' 78 b'a-b' True
print(str(b"ab"), hash(b"ab") == hash(b"a" + b"b"), bool(b""), b"abc".find(b"c"))  # expect: b'ab' True False 2
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: b"a"[5])          # expect: IndexError: index out of range
show(lambda: b"a" + "a")       # expect: TypeError: can't concat str to bytes
show(lambda: bytes("a"))       # expect: TypeError: string argument without an encoding
show(lambda: bytes(-1))        # expect: ValueError: negative count
show(lambda: bytes([256]))     # expect: ValueError: bytes must be in range(0, 256)
show(lambda: bytes(1.5))       # expect: TypeError: cannot convert 'float' object to bytes
