# tarfile: ReadError for damaged data, KeyError for missing members, bad modes
# Compression formats and errors
import tarfile, io
for mode in ['w', 'w:gz']:
    buf = io.BytesIO()
    try:
        with tarfile.open(fileobj=buf, mode=mode) as tar:
            info = tarfile.TarInfo('x'); data = b'x' * 100; info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
        buf.seek(0)
        with tarfile.open(fileobj=buf, mode='r:*') as tar:
            print(mode, tar.getnames())
    except tarfile.CompressionError as e:
        print(mode, 'CompressionError', e)
for bad in [b'', b'garbage' * 100]:
    try:
        tarfile.open(fileobj=io.BytesIO(bad))
    except tarfile.ReadError as e:
        print('ReadError', str(e).splitlines()[0])
buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode='w') as tar:
    pass
buf.seek(0)
tar = tarfile.open(fileobj=buf)
try:
    tar.getmember('nope')
except KeyError as e:
    print('KeyError', e)
try:
    tarfile.open(fileobj=io.BytesIO(), mode='q')
except ValueError as e:
    print('ValueError', e)

# expect: w ['x']
# expect: w:gz ['x']
# expect: ReadError file could not be opened successfully:
# expect: ReadError file could not be opened successfully:
# expect: KeyError "filename 'nope' not found"
# expect: ValueError undiscernible mode
