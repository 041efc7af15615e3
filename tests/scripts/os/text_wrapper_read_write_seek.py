# A text layer over a binary stream (TextIOWrapper, non-UTF-8 open()): tell() is the
# byte position, seek(cookie) goes there, a write after reading goes where reading left
# the stream (CPython: its read-ahead's end) and reading again sees it; encoding='locale'.
import io, os, tempfile
t = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="\n")
t.write("small"); t.seek(0); print(repr(t.read())); print(t.tell())
print(t.write("x" * 3), t.tell()); t.seek(0); print(repr(t.read()))
t.seek(2); t.write("Z"); t.seek(0); print(repr(t.read()), t.buffer.getvalue())
t2 = io.TextIOWrapper(io.BytesIO(b"line1\nline2\n"), encoding="utf-8")
print(repr(t2.readline()), t2.tell()); t2.write("X"); t2.seek(0); print(repr(t2.read()))
t3 = io.TextIOWrapper(io.BytesIO("a\r\nb\r\nc".encode()), encoding="utf-8")
print(repr(t3.readline()), t3.tell(), repr(t3.readline()), t3.tell()); pos = t3.tell(); print(repr(t3.read())); t3.seek(pos); print(repr(t3.read()))
d = tempfile.mkdtemp(); p = os.path.join(d, "f.txt")
with open(p, "w", encoding="cp1252") as f: f.write("caf\xe9\nna\xefve\nend\n")
with open(p, "r+", encoding="cp1252") as f:
    print(repr(f.readline()), f.tell()); f.write("NEW"); f.seek(0); print(repr(f.read()), f.tell())
    f.seek(0, 2); f.write("tail\n"); f.seek(0); print(f.readlines())
with open(p, "w", encoding="utf-16") as f: f.write("ab\ncd\n")
with open(p, "r+", encoding="utf-16") as f:
    print(repr(f.readline()), f.tell()); f.write("XY"); f.seek(0); print(repr(f.read()))
print(open(p, "rb").read())
for args in [(-1,), (1, 1), (1, 2), (0, 3)]:
    try: t.seek(*args)
    except (ValueError, io.UnsupportedOperation) as e: print(type(e).__name__, e)
print(t.seek(0, 1), t.seek(0, 2), t.tell())
lines = io.TextIOWrapper(io.BytesIO(b"1\n22\n333\n"), encoding="latin-1")
offs = []
while True:
    offs.append(lines.tell())
    if not lines.readline(): break
print(offs)
with open(p, "w", encoding="locale") as f: print(f.encoding); f.write("locale text")
print(open(p, encoding="locale").read(), io.TextIOWrapper(io.BytesIO(), encoding="locale").encoding)
import shutil; shutil.rmtree(d)
# expect: 'small'
# expect: 5
# expect: 3 8
# expect: 'smallxxx'
# expect: 'smZllxxx' b'smZllxxx'
# expect: 'line1\n' 6
# expect: 'line1\nline2\nX'
# expect: 'a\n' 3 'b\n' 6
# expect: 'c'
# expect: 'c'
# expect: 'café\n' 5
# expect: 'café\nnaïve\nend\nNEW' 18
# expect: ['café\n', 'naïve\n', 'end\n', 'NEWtail\n']
# expect: 'ab\n' 8
# expect: 'ab\ncd\n\ufeffXY'
# expect: b'\xff\xfea\x00b\x00\n\x00c\x00d\x00\n\x00\xff\xfeX\x00Y\x00'
# expect: ValueError negative seek position -1
# expect: UnsupportedOperation can't do nonzero cur-relative seeks
# expect: UnsupportedOperation can't do nonzero end-relative seeks
# expect: ValueError invalid whence (3, should be 0, 1 or 2)
# expect: 8 8 8
# expect: [0, 2, 5, 9]
# expect: UTF-8
# expect: locale text UTF-8
