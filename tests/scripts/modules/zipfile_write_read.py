# zipfile: writing (deflated and stored, ZipInfo dates, comments), appending, listing, reading and extracting through files and BytesIO, zipfile.Path, CRCs
# Write a zip archive, list it and read members back
import zipfile, os, tempfile, io
d = tempfile.mkdtemp()
path = os.path.join(d, 'test.zip')
with zipfile.ZipFile(path, 'w', compression=zipfile.ZIP_DEFLATED) as zf:
    zf.writestr('hello.txt', 'Hello, world!\n' * 10)
    zf.writestr('data/numbers.csv', '\n'.join(str(i) for i in range(100)))
    zf.writestr(zipfile.ZipInfo('stored.bin', date_time=(2020, 1, 2, 3, 4, 6)), b'\x00\x01\x02', compress_type=zipfile.ZIP_STORED)
print(zipfile.is_zipfile(path), zipfile.is_zipfile(__file__))
with zipfile.ZipFile(path) as zf:
    print(zf.namelist())
    for info in zf.infolist():
        print(info.filename, info.file_size, info.compress_type, info.compress_size < info.file_size or info.compress_type == 0)
    print(zf.read('hello.txt')[:14])
    with zf.open('data/numbers.csv') as f:
        print(f.readline(), len(f.read()))
    print(zf.getinfo('stored.bin').date_time, zf.testzip())
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'a') as zf:
    zf.writestr('x', 'y')
print(len(buf.getvalue()) > 20, zipfile.ZipFile(buf).read('x'))
import shutil; shutil.rmtree(d)
# Archive a directory tree and extract it elsewhere
import zipfile, os, tempfile, shutil
src = tempfile.mkdtemp(); dst = tempfile.mkdtemp()
os.makedirs(os.path.join(src, 'pkg', 'sub'))
for rel, text in [('README.md', '# demo\n'), ('pkg/__init__.py', ''), ('pkg/sub/mod.py', 'X = 1\n' * 50)]:
    with open(os.path.join(src, rel), 'w') as f:
        f.write(text)
archive = os.path.join(dst, 'out.zip')
with zipfile.ZipFile(archive, 'w', zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
    for root, dirs, files in os.walk(src):
        dirs.sort()
        for name in sorted(files):
            full = os.path.join(root, name)
            zf.write(full, os.path.relpath(full, src))
with zipfile.ZipFile(archive) as zf:
    print(sorted(zf.namelist()))
    zf.extractall(os.path.join(dst, 'x'))
    zf.extract('README.md', os.path.join(dst, 'y'))
for root, dirs, files in os.walk(os.path.join(dst, 'x')):
    dirs.sort()
    for name in sorted(files):
        p = os.path.join(root, name)
        print(os.path.relpath(p, dst), os.path.getsize(p))
print(open(os.path.join(dst, 'y', 'README.md')).read(), end='')
shutil.rmtree(src); shutil.rmtree(dst)
# In-memory zip: bytes in, bytes out, text wrappers, comments
import zipfile, io
buf = io.BytesIO()
with zipfile.ZipFile(buf, mode='w') as zf:
    zf.comment = b'archive comment'
    zf.writestr('notes/a.txt', 'line one\nline two\n')
    zf.writestr('notes/b.txt', b'\xff\xfe binary')
    info = zipfile.ZipInfo('dated.txt', date_time=(1999, 12, 31, 23, 59, 58))
    info.comment = b'member comment'
    zf.writestr(info, 'old')
data = buf.getvalue()
print(data[:4], len(data) > 100)
with zipfile.ZipFile(io.BytesIO(data)) as zf:
    print(zf.comment, zf.getinfo('dated.txt').comment, zf.getinfo('dated.txt').date_time)
    with zf.open('notes/a.txt') as raw:
        for line in io.TextIOWrapper(raw, encoding='utf-8'):
            print(repr(line))
    print(zf.read('notes/b.txt'))
    for info in zf.infolist():
        print(info, info.is_dir())
    p = zipfile.Path(zf)
    print(sorted(x.name for x in p.iterdir()), (p / 'notes' / 'a.txt').read_text()[:8])
# Append to an existing archive on disk and check CRCs
import zipfile, os, tempfile, zlib
d = tempfile.mkdtemp(); path = os.path.join(d, 'log.zip')
for day in range(3):
    with zipfile.ZipFile(path, 'a', zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(f'day{day}.log', f'entries for day {day}\n' * (day + 1) * 20)
with zipfile.ZipFile(path) as zf:
    for info in zf.infolist():
        data = zf.read(info)
        print(info.filename, info.file_size, info.CRC == zlib.crc32(data), len(data))
    print(zf.testzip())
os.remove(path); os.rmdir(d)

# expect: True False
# expect: ['hello.txt', 'data/numbers.csv', 'stored.bin']
# expect: hello.txt 140 8 True
# expect: data/numbers.csv 289 8 True
# expect: stored.bin 3 0 True
# expect: b'Hello, world!\n'
# expect: b'0\n' 287
# expect: (2020, 1, 2, 3, 4, 6) None
# expect: True b'y'
# expect: ['README.md', 'pkg/__init__.py', 'pkg/sub/mod.py']
# expect: x/README.md 7
# expect: x/pkg/__init__.py 0
# expect: x/pkg/sub/mod.py 300
# expect: # demo
# expect: b'PK\x03\x04' True
# expect: b'archive comment' b'member comment' (1999, 12, 31, 23, 59, 58)
# expect: 'line one\n'
# expect: 'line two\n'
# expect: b'\xff\xfe binary'
# expect: <ZipInfo filename='notes/a.txt' filemode='?rw-------' file_size=18> False
# expect: <ZipInfo filename='notes/b.txt' filemode='?rw-------' file_size=9> False
# expect: <ZipInfo filename='dated.txt' filemode='?rw-------' file_size=3> False
# expect: ['dated.txt', 'notes'] line one
# expect: day0.log 360 True 360
# expect: day1.log 720 True 720
# expect: day2.log 1080 True 1080
# expect: None
