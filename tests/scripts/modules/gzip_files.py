# gzip.open/GzipFile: binary and text modes, members, fileobj, errors (expectations from python3 3.11)
import gzip, io, os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, 'data.txt.gz')
with gzip.open(p, 'wb') as f:
    print(f.write(b'line one\nline two\n'), f.write(bytearray(b'line three\n')), f.mode, f.name == p)
with gzip.open(p, 'rb') as f:
    print(f.read(4), f.readline(), f.tell(), list(f), f.mode)
with gzip.open(p) as f:
    print([line for line in f], f.closed)
print(f.closed)
with gzip.open(p, 'wt', encoding='utf-8') as f:
    f.write('héllo\nwörld\n')
print(gzip.decompress(open(p, 'rb').read()))
with gzip.open(p, 'rt', encoding='utf-8') as f:
    print(f.read())
with gzip.open(p, 'rt') as f:
    print(f.readlines())
with open(p, 'ab') as raw:
    raw.write(gzip.compress(b'second member\n'))
with gzip.open(p, 'rb') as f:
    print(f.read())
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode='wb', mtime=0) as g:
    g.write(b'x' * 100)
print(len(buf.getvalue()) < 100, gzip.decompress(buf.getvalue()) == b'x' * 100)
buf.seek(0)
with gzip.GzipFile(fileobj=buf) as g:
    print(g.read(10), g.peek(3)[:3], g.read())
for bad in [lambda: gzip.open(p, 'rbt'), lambda: gzip.open(p, 'rb', encoding='utf-8'), lambda: gzip.open(12), lambda: gzip.GzipFile(p, 'rt')]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
g = gzip.open(p, 'rb')
g.close()
try:
    g.read()
except ValueError as e:
    print('ValueError', e)
w = gzip.open(os.path.join(d, 'w.gz'), 'wb')
try:
    w.read()
except OSError as e:
    print('OSError', e)
w.close()
bp = os.path.join(d, 'bad.gz')
with open(bp, 'wb') as f:
    f.write(b'not gzip at all')
try:
    gzip.open(bp).read()
except gzip.BadGzipFile as e:
    print('BadGzipFile', e)
import shutil
shutil.rmtree(d)
print(os.path.exists(d))

# expect: 18 11 2 True
# expect: b'line' b' one\n' 9 [b'line two\n', b'line three\n'] 1
# expect: [b'line one\n', b'line two\n', b'line three\n'] False
# expect: True
# expect: b'h\xc3\xa9llo\nw\xc3\xb6rld\n'
# expect: héllo
# expect: wörld
# expect:
# expect: ['héllo\n', 'wörld\n']
# expect: b'h\xc3\xa9llo\nw\xc3\xb6rld\nsecond member\n'
# expect: True True
# expect: b'xxxxxxxxxx' b'xxx' b'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'
# expect: ValueError Invalid mode: 'rbt'
# expect: ValueError Argument 'encoding' not supported in binary mode
# expect: TypeError filename must be a str or bytes object, or a file
# expect: ValueError Invalid mode: 'rt'
# expect: ValueError I/O operation on closed file
# expect: OSError [Errno 9] read() on write-only GzipFile object
# expect: BadGzipFile Not a gzipped file (b'no')
# expect: False
