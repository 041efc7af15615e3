# codecs' stream classes (CPython's StreamReader/StreamWriter/StreamReaderWriter/StreamRecoder,
# EncodedFile) over the native codecs: a BOM once, multibyte sequences split across reads.
import codecs, io
data = "héllo\nwörld €\nlast".encode("utf-8")
r = codecs.getreader("utf-8")(io.BytesIO(data))
print([r.read(1) for _ in range(3)], repr(r.readline()), r.readlines())
class Chunky(io.RawIOBase):
    def __init__(self, b): self.b = b
    def readable(self): return True
    def read(self, n=-1):
        if not self.b: return b""
        out, self.b = self.b[:1], self.b[1:]; return out
r2 = codecs.getreader("utf-8")(Chunky("€uro".encode()))
print(repr(r2.read()))
b = io.BytesIO(); w = codecs.getwriter("utf-16")(b); w.write("ab"); w.write("c"); print(b.getvalue())
w.reset(); w.write("d"); print(b.getvalue()[-4:])
b.seek(0); rr = codecs.getreader("utf-16")(b); print(repr(rr.read()))
w8 = codecs.getwriter("utf-8-sig")(io.BytesIO()); w8.writelines(["x", "y"]); print(w8.getvalue())
rec = codecs.StreamRecoder(io.BytesIO("é".encode("latin-1")), codecs.getencoder("utf-8"), codecs.getdecoder("utf-8"), codecs.getreader("latin-1"), codecs.getwriter("latin-1"))
print(rec.read())
e = codecs.EncodedFile(io.BytesIO(), "utf-8", "latin-1"); e.write("é".encode()); print(e.getvalue())
try: codecs.getreader("ascii")(io.BytesIO(b"\xff")).read()
except UnicodeDecodeError as ex: print("UnicodeDecodeError", ex)
wa = codecs.getwriter("ascii")(io.BytesIO(), "replace"); wa.write("é!")
print(wa.getvalue(), codecs.getreader("utf-8").__mro__[1].__name__)
# expect: ['h', 'é', 'l'] 'lo\n' ['wörld €\n', 'last']
# expect: '€uro'
# expect: b'\xff\xfea\x00b\x00c\x00'
# expect: b'\xff\xfed\x00'
# expect: 'abc\ufeffd'
# expect: b'\xef\xbb\xbfxy'
# expect: b'\xc3\xa9'
# expect: b'\xe9'
# expect: UnicodeDecodeError 'ascii' codec can't decode byte 0xff in position 0: ordinal not in range(128)
# expect: b'?!' StreamReader
