# Text codecs (UTF-16/32 with BOMs, UTF-8-SIG, code pages, unicode_escape), UnicodeError attributes and messages, error handlers, the codecs module (lookup, rot13/hex/base64, incremental decoders)
# The text codecs: UTF-16/32 (BOMs, both byte orders), UTF-8-SIG, code pages, escapes, errors and handlers.
import codecs

text = "héllo € 𝄞 ok"
for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "UTF-32BE", "utf-8-sig", "utf_8"]:
    data = text.encode(enc)
    print(enc, data.hex(" ", 2)[:60], data.decode(enc) == text, len(data))
print(b"\xfe\xff\x00h\x00i".decode("utf-16"), b"\x00\x00\xfe\xff\x00\x00\x00A".decode("utf-32"), b"hi".decode("utf-8-sig"))
print(codecs.BOM_UTF8 + b"x", repr(("\ufeffA").encode("utf-8-sig").decode("utf-8-sig")))

for enc in ["cp1252", "windows-1252", "latin9", "iso-8859-15", "iso8859_2", "cp437", "cp850", "koi8-r", "mac_roman", "cp1251", "cp1250"]:
    s = "Zürich – “quoted” £5"
    b = s.encode(enc, errors="replace")
    print(enc, b, b.decode(enc))
print("Привет".encode("cp1251"), "Привет".encode("koi8_r").decode("koi8-r"))

for enc, data in [("utf-16", b"\x00"), ("utf-16-le", b"a\x00\x00\xd8"), ("utf-16-be", b"\xdc\x00"), ("utf-16-le", b"\x00\xd8a\x00"),
                  ("utf-32", b"\xff\xfe\x00\x00\x00\x00\x11\x00"), ("utf-32-le", b"\x00\xd8\x00\x00"), ("utf-32", b"ab"),
                  ("cp1252", b"\x81"), ("ascii", b"ab\xff"), ("utf-8", b"a\xe2\x82")]:
    try:
        print(data.decode(enc))
    except UnicodeDecodeError as e:
        print(type(e).__name__, e, "|", e.encoding, e.start, e.end, e.reason)
    print(repr(data.decode(enc, "replace")), repr(data.decode(enc, "ignore")), repr(data.decode(enc, "backslashreplace")))

for enc, s in [("cp1252", "\u0100x"), ("ascii", "ab\u20ac\u20acc"), ("latin-1", "\U0001F600"), ("utf-16", "\ud800"), ("koi8-r", "é")]:
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print(type(e).__name__, e, "|", e.encoding, e.start, e.end, e.reason, repr(e.object))
    for h in ["replace", "ignore", "xmlcharrefreplace", "backslashreplace"]:
        print(h, s.encode(enc, h))

print("a\tb\n\\ é \u20ac \U0001F600 '\"".encode("unicode_escape"))
print(b"a\\tb\\n\\\\ \\xe9 \\u20ac \\U0001F600 \\101".decode("unicode_escape"))
print("é \u20ac".encode("raw_unicode_escape"), b"\\u20ac \\n \xe9".decode("raw-unicode-escape"))
try:
    b"\\x4".decode("unicode_escape")
except UnicodeDecodeError as e:
    print(e)

print(codecs.encode("Hello, World!", "rot13"), codecs.decode("Uryyb", "rot_13"))
print(codecs.encode(b"\x00\xffhi", "hex"), codecs.decode(b"00ff6869", "hex"), codecs.encode(b"hi", "base64"))
print(codecs.encode("é", "utf-16-le"), codecs.decode(b"\xe9", "latin-1"), codecs.lookup("UTF8").name, codecs.lookup("latin1").name)
for name in ["utf_16", "U16", "cp1252", "windows_1252", "L9", "macintosh", "utf_8_sig", "ascii", "rot13", "hex", "hex_codec", "u8"]:
    print(name, codecs.lookup(name).name)
try:
    codecs.lookup("nope")
except LookupError as e:
    print("LookupError", e)
try:
    "x".encode("rot13")
except LookupError as e:
    print("LookupError", e)

dec = codecs.getincrementaldecoder("utf-8")()
data = "naïve ☕ 𝄞".encode()
print([dec.decode(data[i:i + 1]) for i in range(len(data))], repr(dec.decode(b"", final=True)))
dec16 = codecs.getincrementaldecoder("utf-16")()
data = "AB€".encode("utf-16-be")
data = codecs.BOM_UTF16_BE + data
print([dec16.decode(data[i:i + 3]) for i in range(0, len(data), 3)])
print(list(codecs.iterdecode([b"\xe2\x82", b"\xac!", b""], "utf-8")), b"".join(codecs.iterencode(["a", "b"], "utf-16")))
enc = codecs.getincrementalencoder("utf-16")()
print(enc.encode("a") + enc.encode("b"))
print(codecs.getencoder("ascii")("hi"), codecs.getdecoder("utf-8")(b"h\xc3\xa9"))

# expect: utf-16 fffe 6800 e900 6c00 6c00 6f00 2000 ac20 2000 34d8 1edd 2000  True 28
# expect: utf-16-le 6800 e900 6c00 6c00 6f00 2000 ac20 2000 34d8 1edd 2000 6f00  True 26
# expect: utf-16-be 0068 00e9 006c 006c 006f 0020 20ac 0020 d834 dd1e 0020 006f  True 26
# expect: utf-32 fffe 0000 6800 0000 e900 0000 6c00 0000 6c00 0000 6f00 0000  True 52
# expect: utf-32-le 6800 0000 e900 0000 6c00 0000 6c00 0000 6f00 0000 2000 0000  True 48
# expect: UTF-32BE 0000 0068 0000 00e9 0000 006c 0000 006c 0000 006f 0000 0020  True 48
# expect: utf-8-sig ef bbbf 68c3 a96c 6c6f 20e2 82ac 20f0 9d84 9e20 6f6b True 21
# expect: utf_8 68c3 a96c 6c6f 20e2 82ac 20f0 9d84 9e20 6f6b True 18
# expect: hi A hi
# expect: b'\xef\xbb\xbfx' '\ufeffA'
# expect: cp1252 b'Z\xfcrich \x96 \x93quoted\x94 \xa35' Zürich – “quoted” £5
# expect: windows-1252 b'Z\xfcrich \x96 \x93quoted\x94 \xa35' Zürich – “quoted” £5
# expect: latin9 b'Z\xfcrich ? ?quoted? \xa35' Zürich ? ?quoted? £5
# expect: iso-8859-15 b'Z\xfcrich ? ?quoted? \xa35' Zürich ? ?quoted? £5
# expect: iso8859_2 b'Z\xfcrich ? ?quoted? ?5' Zürich ? ?quoted? ?5
# expect: cp437 b'Z\x81rich ? ?quoted? \x9c5' Zürich ? ?quoted? £5
# expect: cp850 b'Z\x81rich ? ?quoted? \x9c5' Zürich ? ?quoted? £5
# expect: koi8-r b'Z?rich ? ?quoted? ?5' Z?rich ? ?quoted? ?5
# expect: mac_roman b'Z\x9frich \xd0 \xd2quoted\xd3 \xa35' Zürich – “quoted” £5
# expect: cp1251 b'Z?rich \x96 \x93quoted\x94 ?5' Z?rich – “quoted” ?5
# expect: cp1250 b'Z\xfcrich \x96 \x93quoted\x94 ?5' Zürich – “quoted” ?5
# expect: b'\xcf\xf0\xe8\xe2\xe5\xf2' Привет
# expect: UnicodeDecodeError 'utf-16-le' codec can't decode byte 0x00 in position 0: truncated data | utf-16-le 0 1 truncated data
# expect: '�' '' '\\x00'
# expect: UnicodeDecodeError 'utf-16-le' codec can't decode bytes in position 2-3: unexpected end of data | utf-16-le 2 4 unexpected end of data
# expect: 'a�' 'a' 'a\\x00\\xd8'
# expect: UnicodeDecodeError 'utf-16-be' codec can't decode bytes in position 0-1: illegal encoding | utf-16-be 0 2 illegal encoding
# expect: '�' '' '\\xdc\\x00'
# expect: UnicodeDecodeError 'utf-16-le' codec can't decode bytes in position 0-1: illegal UTF-16 surrogate | utf-16-le 0 2 illegal UTF-16 surrogate
# expect: '�a' 'a' '\\x00\\xd8a'
# expect: UnicodeDecodeError 'utf-32-le' codec can't decode bytes in position 4-7: code point not in range(0x110000) | utf-32-le 4 8 code point not in range(0x110000)
# expect: '�' '' '\\x00\\x00\\x11\\x00'
# expect: UnicodeDecodeError 'utf-32-le' codec can't decode bytes in position 0-3: code point in surrogate code point range(0xd800, 0xe000) | utf-32-le 0 4 code point in surrogate code point range(0xd800, 0xe000)
# expect: '�' '' '\\x00\\xd8\\x00\\x00'
# expect: UnicodeDecodeError 'utf-32-le' codec can't decode bytes in position 0-1: truncated data | utf-32-le 0 2 truncated data
# expect: '�' '' '\\x61\\x62'
# expect: UnicodeDecodeError 'charmap' codec can't decode byte 0x81 in position 0: character maps to <undefined> | charmap 0 1 character maps to <undefined>
# expect: '�' '' '\\x81'
# expect: UnicodeDecodeError 'ascii' codec can't decode byte 0xff in position 2: ordinal not in range(128) | ascii 2 3 ordinal not in range(128)
# expect: 'ab�' 'ab' 'ab\\xff'
# expect: UnicodeDecodeError 'utf-8' codec can't decode bytes in position 1-2: unexpected end of data | utf-8 1 3 unexpected end of data
# expect: 'a�' 'a' 'a\\xe2\\x82'
# expect: UnicodeEncodeError 'charmap' codec can't encode character '\u0100' in position 0: character maps to <undefined> | charmap 0 1 character maps to <undefined> 'Āx'
# expect: replace b'?x'
# expect: ignore b'x'
# expect: xmlcharrefreplace b'&#256;x'
# expect: backslashreplace b'\\u0100x'
# expect: UnicodeEncodeError 'ascii' codec can't encode characters in position 2-3: ordinal not in range(128) | ascii 2 4 ordinal not in range(128) 'ab€€c'
# expect: replace b'ab??c'
# expect: ignore b'abc'
# expect: xmlcharrefreplace b'ab&#8364;&#8364;c'
# expect: backslashreplace b'ab\\u20ac\\u20acc'
# expect: UnicodeEncodeError 'latin-1' codec can't encode character '\U0001f600' in position 0: ordinal not in range(256) | latin-1 0 1 ordinal not in range(256) '😀'
# expect: replace b'?'
# expect: ignore b''
# expect: xmlcharrefreplace b'&#128512;'
# expect: backslashreplace b'\\U0001f600'
# expect: UnicodeEncodeError 'utf-16' codec can't encode character '\ud800' in position 0: surrogates not allowed | utf-16 0 1 surrogates not allowed '\ud800'
# expect: replace b'\xff\xfe?\x00'
# expect: ignore b'\xff\xfe'
# expect: xmlcharrefreplace b'\xff\xfe&\x00#\x005\x005\x002\x009\x006\x00;\x00'
# expect: backslashreplace b'\xff\xfe\\\x00u\x00d\x008\x000\x000\x00'
# expect: UnicodeEncodeError 'charmap' codec can't encode character '\xe9' in position 0: character maps to <undefined> | charmap 0 1 character maps to <undefined> 'é'
# expect: replace b'?'
# expect: ignore b''
# expect: xmlcharrefreplace b'&#233;'
# expect: backslashreplace b'\\xe9'
# expect: b'a\\tb\\n\\\\ \\xe9 \\u20ac \\U0001f600 \'"'
# expect: a	b
# expect: \ é € 😀 A
# expect: b'\xe9 \\u20ac' € \n é
# expect: 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape
# expect: Uryyb, Jbeyq! Hello
# expect: b'00ff6869' b'\x00\xffhi' b'aGk=\n'
# expect: b'\xe9\x00' é utf-8 iso8859-1
# expect: utf_16 utf-16
# expect: U16 utf-16
# expect: cp1252 cp1252
# expect: windows_1252 cp1252
# expect: L9 iso8859-15
# expect: macintosh mac-roman
# expect: utf_8_sig utf-8-sig
# expect: ascii ascii
# expect: rot13 rot-13
# expect: hex hex
# expect: hex_codec hex
# expect: u8 utf-8
# expect: LookupError unknown encoding: nope
# expect: LookupError 'rot13' is not a text encoding; use codecs.encode() to handle arbitrary codecs
# expect: ['n', 'a', '', 'ï', 'v', 'e', ' ', '', '', '☕', ' ', '', '', '', '𝄞'] ''
# expect: ['', 'AB', '€']
# expect: ['€!'] b'\xff\xfea\x00b\x00'
# expect: b'\xff\xfea\x00b\x00'
# expect: (b'hi', 2) ('hé', 3)
