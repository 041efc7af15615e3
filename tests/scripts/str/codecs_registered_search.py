# A codec registered with codecs.register() serves str.encode, bytes.decode, str(b, enc) and
# bytes(s, enc) too, with CPython's checks of what it returns and its non-text-encoding error.
import codecs
def search(name):
    if name == "invertcaps":
        return codecs.CodecInfo(name="invertcaps",
            encode=lambda s, errors="strict": (s.swapcase().encode("utf-8"), len(s)),
            decode=lambda b, errors="strict": (bytes(b).decode("utf-8").swapcase(), len(b)))
    if name == "badtype":
        return codecs.CodecInfo(name="badtype", encode=lambda s, errors="strict": (s, len(s)), decode=lambda b, errors="strict": (b"x", 1))
    if name == "notuple":
        return codecs.CodecInfo(name="notuple", encode=lambda s, errors="strict": b"x", decode=lambda b, errors="strict": "x")
    if name == "xform":
        return codecs.CodecInfo(name="xform", encode=lambda s, errors="strict": (s, len(s)), decode=lambda b, errors="strict": (b, len(b)), _is_text_encoding=False)
    if name == "errs":
        return codecs.CodecInfo(name="errs", encode=lambda s, errors="strict": (errors.encode(), len(s)), decode=lambda b, errors="strict": (errors, len(b)))
    return None
codecs.register(search)
print("Hello World".encode("invertcaps"), b"hELLO".decode("invertcaps"), str(b"abc", "invertcaps"), bytes("xY", "invertcaps"))
print("x".encode("errs", "replace"), b"x".decode("errs", errors="ignore"), "x".encode("INVERTCAPS"))
for expr in ['"x".encode("badtype")', 'b"x".decode("badtype")', '"x".encode("notuple")', 'b"x".decode("notuple")', '"x".encode("xform")', 'b"x".decode("xform")', '"x".encode("nosuch")', 'b"x".decode("nosuch")', 'str(b"x", "nosuch")', 'bytes("x", "nosuch")', '"x".encode("rot13")']:
    try: print(eval(expr))
    except (TypeError, LookupError) as e: print(expr, "->", type(e).__name__, e)
codecs.unregister(search)
try: "x".encode("invertcaps")
except LookupError as e: print(e)
# expect: b'hELLO wORLD' Hello ABC b'Xy'
# expect: b'replace' ignore b'X'
# expect: "x".encode("badtype") -> TypeError 'badtype' encoder returned 'str' instead of 'bytes'; use codecs.encode() to encode to arbitrary types
# expect: b"x".decode("badtype") -> TypeError 'badtype' decoder returned 'bytes' instead of 'str'; use codecs.decode() to decode to arbitrary types
# expect: "x".encode("notuple") -> TypeError encoder must return a tuple (object, integer)
# expect: b"x".decode("notuple") -> TypeError decoder must return a tuple (object,integer)
# expect: "x".encode("xform") -> LookupError 'xform' is not a text encoding; use codecs.encode() to handle arbitrary codecs
# expect: b"x".decode("xform") -> LookupError 'xform' is not a text encoding; use codecs.decode() to handle arbitrary codecs
# expect: "x".encode("nosuch") -> LookupError unknown encoding: nosuch
# expect: b"x".decode("nosuch") -> LookupError unknown encoding: nosuch
# expect: str(b"x", "nosuch") -> LookupError unknown encoding: nosuch
# expect: bytes("x", "nosuch") -> LookupError unknown encoding: nosuch
# expect: "x".encode("rot13") -> LookupError 'rot13' is not a text encoding; use codecs.encode() to handle arbitrary codecs
# expect: unknown encoding: invertcaps
