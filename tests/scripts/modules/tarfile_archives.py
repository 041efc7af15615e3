# tarfile: writing and reading plain, gzip and streamed tars, TarInfo, extractfile, add with a filter, extractall
# Create a gzip'd tarball of a folder, list it and extract it
import tarfile, os, tempfile, shutil
src = tempfile.mkdtemp(); out = tempfile.mkdtemp()
os.makedirs(os.path.join(src, 'proj', 'docs'))
for rel, text in [('proj/main.py', 'print(1)\n'), ('proj/docs/guide.txt', 'guide\n' * 30)]:
    with open(os.path.join(src, rel), 'w') as f:
        f.write(text)
arc = os.path.join(out, 'proj.tar.gz')
with tarfile.open(arc, 'w:gz') as tar:
    tar.add(os.path.join(src, 'proj'), arcname='proj')
print(tarfile.is_tarfile(arc))
with tarfile.open(arc) as tar:
    for m in sorted(tar.getmembers(), key=lambda m: m.name):
        print(m.name, m.isdir(), m.isfile(), m.size)
    tar.extractall(os.path.join(out, 'x'))
print(open(os.path.join(out, 'x', 'proj', 'main.py')).read(), end='')
shutil.rmtree(src); shutil.rmtree(out)
# Build a tar in memory from bytes with TarInfo, read members back
import tarfile, io, time
buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode='w') as tar:
    for name, data in [('a.txt', b'alpha\n'), ('dir/b.bin', bytes(range(10)))]:
        info = tarfile.TarInfo(name)
        info.size = len(data)
        info.mtime = 1700000000
        info.mode = 0o644
        tar.addfile(info, io.BytesIO(data))
print(len(buf.getvalue()) % 512, len(buf.getvalue()) >= 2048)
buf.seek(0)
with tarfile.open(fileobj=buf, mode='r') as tar:
    print(tar.getnames())
    m = tar.getmember('a.txt')
    print(m.name, m.size, m.mtime, oct(m.mode), m.type == tarfile.REGTYPE, m.uname, m.gid)
    print(tar.extractfile('dir/b.bin').read())
    print(tar.extractfile(m).readline())
# Iterate a stream (r|gz) and filter members safely
import tarfile, io
buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode='w|gz') as tar:
    for i in range(3):
        data = f'file {i}\n'.encode()
        info = tarfile.TarInfo(f'logs/{i}.log'); info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
buf.seek(0)
with tarfile.open(fileobj=buf, mode='r|gz') as tar:
    for member in tar:
        f = tar.extractfile(member)
        print(member.name, f.read() if f else None)
print(tarfile.DEFAULT_FORMAT == tarfile.PAX_FORMAT, tarfile.ENCODING)
# Add files with a filter that rewrites ownership, then list verbosely-ish
import tarfile, os, tempfile, io
d = tempfile.mkdtemp()
p = os.path.join(d, 'data.csv')
with open(p, 'w') as f:
    f.write('a,b\n1,2\n')
def reset(info):
    info.uid = info.gid = 0
    info.uname = info.gname = 'root'
    info.mtime = 0
    return info
buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode='w:gz') as tar:
    tar.add(p, arcname='data.csv', filter=reset)
buf.seek(0)
with tarfile.open(fileobj=buf) as tar:
    for m in tar:
        print(m.name, m.size, m.uid, m.uname, m.mtime, m.isreg())
    print(tar.extractfile('data.csv').read().decode().splitlines())
os.remove(p); os.rmdir(d)

# expect: True
# expect: proj True False 0
# expect: proj/docs True False 0
# expect: proj/docs/guide.txt False True 180
# expect: proj/main.py False True 9
# expect: print(1)
# expect: 0 True
# expect: ['a.txt', 'dir/b.bin']
# expect: a.txt 6 1700000000 0o644 True  0
# expect: b'\x00\x01\x02\x03\x04\x05\x06\x07\x08\t'
# expect: b'alpha\n'
# expect: logs/0.log b'file 0\n'
# expect: logs/1.log b'file 1\n'
# expect: logs/2.log b'file 2\n'
# expect: True utf-8
# expect: data.csv 8 0 root 0 True
# expect: ['a,b', '1,2']
