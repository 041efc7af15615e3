# open() with other encodings and error handlers: UTF-16/UTF-8-SIG/cp1252 files, BOMs on write and append, newline handling, errors=
# open() with other encodings and error handlers: UTF-16/UTF-8-SIG/cp1252 files, BOMs, newlines, errors=.
import os
import tempfile

folder = tempfile.mkdtemp()
path = os.path.join(folder, "data.txt")

for enc in ["utf-16", "utf-16-be", "utf-8-sig", "cp1252", "latin9", "utf-32"]:
    with open(path, "w", encoding=enc) as f:
        f.write("Zürich\n")
        f.write("naïve €5\n")
        f.writelines(["a\n", "b"])
    with open(path, "rb") as f:
        raw = f.read()
    with open(path, encoding=enc) as f:
        lines = f.readlines()
    print(enc, len(raw), raw[:8], lines)

with open(path, "w", encoding="utf-16") as f:
    f.write("one\n")
with open(path, "a", encoding="utf-16") as f:
    f.write("two\n")
with open(path, "rb") as f:
    print(f.read().count(b"\xff\xfe"))
with open(path, encoding="utf-16") as f:
    print([line for line in f], f.name == path, f.encoding, f.mode)

with open(path, "wb") as f:
    f.write(b"caf\xe9\r\nline two\rthree\n\xff\xfe")
for errors in ["replace", "ignore", "surrogateescape", "backslashreplace"]:
    with open(path, encoding="utf-8", errors=errors) as f:
        print(errors, repr(f.read()))
with open(path, encoding="latin-1", newline="") as f:
    print(repr(f.readline()), repr(f.read(4)), repr(f.read()))
with open(path, encoding="cp1252", errors="replace") as f:
    print(repr(f.read()))
try:
    with open(path, encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e.reason, e.start)
for bad in [lambda: open(path, encoding="nope"), lambda: open(path, encoding=5), lambda: open(path, errors=5),
            lambda: open(path, "rb", encoding="utf-16")]:
    try:
        bad()
    except (LookupError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
with open(path, "w", encoding="utf-16") as f:
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__, e)
os.remove(path)
os.rmdir(folder)

# expect: utf-16 40 b'\xff\xfeZ\x00\xfc\x00r\x00' ['Zürich\n', 'naïve €5\n', 'a\n', 'b']
# expect: utf-16-be 38 b'\x00Z\x00\xfc\x00r\x00i' ['Zürich\n', 'naïve €5\n', 'a\n', 'b']
# expect: utf-8-sig 26 b'\xef\xbb\xbfZ\xc3\xbcri' ['Zürich\n', 'naïve €5\n', 'a\n', 'b']
# expect: cp1252 19 b'Z\xfcrich\nn' ['Zürich\n', 'naïve €5\n', 'a\n', 'b']
# expect: latin9 19 b'Z\xfcrich\nn' ['Zürich\n', 'naïve €5\n', 'a\n', 'b']
# expect: utf-32 80 b'\xff\xfe\x00\x00Z\x00\x00\x00' ['Zürich\n', 'naïve €5\n', 'a\n', 'b']
# expect: 1
# expect: ['one\n', 'two\n'] True utf-16 r
# expect: replace 'caf�\nline two\nthree\n��'
# expect: ignore 'caf\nline two\nthree\n'
# expect: surrogateescape 'caf\udce9\nline two\nthree\n\udcff\udcfe'
# expect: backslashreplace 'caf\\xe9\nline two\nthree\n\\xff\\xfe'
# expect: 'café\r\n' 'line' ' two\rthree\nÿþ'
# expect: 'café\nline two\nthree\nÿþ'
# expect: UnicodeDecodeError invalid continuation byte 3
# expect: LookupError unknown encoding: nope
# expect: TypeError open() argument 'encoding' must be str or None, not int
# expect: TypeError open() argument 'errors' must be str or None, not int
# expect: ValueError binary mode doesn't take an encoding argument
# expect: UnsupportedOperation not readable
