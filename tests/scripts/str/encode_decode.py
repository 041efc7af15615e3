# str.encode / bytes.decode with utf-8, ascii and latin-1 and error handlers.
print("aé€😀".encode(), "aé".encode("latin-1"), "abc".encode("ascii"))  # expect: b'a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80' b'a\xe9' b'abc'
print(b"a\xc3\xa9\xe2\x82\xac".decode(), b"a\xe9".decode("latin-1"))  # expect: aé€ aé
print("é€".encode("ascii", "replace"), "é€".encode("ascii", "ignore"))  # expect: b'??' b''
print("é€".encode("ascii", "backslashreplace"), "é".encode("ascii", "xmlcharrefreplace"))  # expect: b'\\xe9\\u20ac' b'&#233;'
print(b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode(errors="ignore"))  # expect: a�b ab
print(repr(b"\xff".decode("utf-8", "surrogateescape")), b"\xe9".decode("ascii", "backslashreplace"))  # expect: '\udcff' \xe9
print(str(b"abc", "utf-8"), str(b"\xe9", encoding="latin-1"), "x".encode(encoding="UTF_8"))  # expect: abc é b'x'
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: b"\xff".decode())            # expect: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte
show(lambda: b"abc\xe2\x82".decode())     # expect: UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 3-4: unexpected end of data
show(lambda: b"\xe2\x28\xa1".decode())    # expect: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe2 in position 0: invalid continuation byte
show(lambda: b"\xf0\x9f\x98A".decode())   # expect: UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-2: invalid continuation byte
show(lambda: b"\xed\xa0\x80".decode())    # expect: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte
show(lambda: b"a\x80".decode("ascii"))    # expect: UnicodeDecodeError: 'ascii' codec can't decode byte 0x80 in position 1: ordinal not in range(128)
show(lambda: "aé".encode("ascii"))        # expect: UnicodeEncodeError: 'ascii' codec can't encode character '\xe9' in position 1: ordinal not in range(128)
show(lambda: "éé!".encode("ascii"))       # expect: UnicodeEncodeError: 'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)
show(lambda: "€".encode("latin-1"))       # expect: UnicodeEncodeError: 'latin-1' codec can't encode character '\u20ac' in position 0: ordinal not in range(256)
show(lambda: "\ud800".encode())           # expect: UnicodeEncodeError: 'utf-8' codec can't encode character '\ud800' in position 0: surrogates not allowed
show(lambda: "a".encode("klingon"))       # expect: LookupError: unknown encoding: klingon
show(lambda: "é".encode("ascii", "bogus"))  # expect: LookupError: unknown error handler name 'bogus'
