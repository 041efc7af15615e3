# codecs.escape_decode: the escapes of bytes literals (pickle's protocol 0 STRING)
import codecs
for b in [b'abc', b'a\\nb', b"\\'q\\'", b'\\x41\\101\\7z', b'\\q', b'line\\\nnext', b'\\t\\\\', b'\\xZZ', b'ab\\x4', b'x\\']:
    try: print(codecs.escape_decode(b))
    except Exception as e: print(type(e).__name__, e)

# expect: (b'abc', 3)
# expect: (b'a\nb', 4)
# expect: (b"'q'", 5)
# expect: (b'AA\x07z', 11)
# expect: (b'\\q', 2)
# expect: (b'linenext', 10)
# expect: (b'\t\\', 4)
# expect: ValueError invalid \x escape at position 0
# expect: ValueError invalid \x escape at position 2
# expect: ValueError Trailing \ in string
