# io.TextIOWrapper over binary streams (BytesIO, sys.stdout.buffer): decoding, newline translation, errors, detach.
import io
import sys
raw = io.BytesIO("héllo\r\nwörld\nlast".encode("utf-8"))
tw = io.TextIOWrapper(raw, encoding="utf-8")
print(repr(tw), tw.encoding, tw.errors, tw.buffer is raw)
print(tw.readline(), end="")
print(tw.readlines())
out = io.BytesIO()
w = io.TextIOWrapper(out, encoding="utf-16-le", newline="\r\n")
w.write("a\nb")
w.flush()
print(out.getvalue())
lat = io.TextIOWrapper(io.BytesIO(b"caf\xe9 \xff"), encoding="latin-1")
print(lat.read())
bad = io.TextIOWrapper(io.BytesIO(b"ok \xff"), encoding="ascii", errors="replace")
print(bad.read())
w2 = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
raw2 = w2.detach()
print(type(raw2).__name__)
try:
    w2.write("x")
except ValueError as e:
    print("ValueError:", e)
for kw in [{"encoding": "nope"}, {"newline": "x"}]:
    try:
        io.TextIOWrapper(io.BytesIO(), **kw)
    except (LookupError, ValueError) as e:
        print(type(e).__name__ + ":", e)
stdout = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8")
stdout.write("through the buffer: ünïcode\n")
stdout.flush()

# expect: <_io.TextIOWrapper encoding='utf-8'> utf-8 strict True
# expect: héllo
# expect: ['wörld\n', 'last']
# expect: b'a\x00\r\x00\n\x00b\x00'
# expect: café ÿ
# expect: ok �
# expect: BytesIO
# expect: ValueError: underlying buffer has been detached
# expect: LookupError: unknown encoding: nope
# expect: ValueError: illegal newline value: x
# expect: through the buffer: ünïcode
