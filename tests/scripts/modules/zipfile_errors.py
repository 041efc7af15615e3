# zipfile: BadZipFile, missing members, closed archives, bad modes and compressions, duplicate names
# Errors: bad archives, missing members, closed files, bad modes
import zipfile, io
for data in [b'', b'not a zip file at all', b'PK\x03\x04' + b'\x00' * 20]:
    try:
        zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as e:
        print('BadZipFile', e)
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w') as zf:
    zf.writestr('a', 'x')
zf = zipfile.ZipFile(buf)
try:
    zf.read('missing')
except KeyError as e:
    print('KeyError', e)
try:
    zf.writestr('b', 'y')
except ValueError as e:
    print('ValueError', e)
zf.close()
try:
    zf.read('a')
except ValueError as e:
    print('ValueError', e)
try:
    zipfile.ZipFile(io.BytesIO(), 'q')
except ValueError as e:
    print('ValueError', e)
try:
    zipfile.ZipFile(io.BytesIO(), 'w', compression=99)
except NotImplementedError as e:
    print('NotImplementedError', e)
print(zipfile.is_zipfile(io.BytesIO(b'junk')), zipfile.BadZipfile is zipfile.BadZipFile)
with zipfile.ZipFile(io.BytesIO(), 'w') as zf:
    zf.writestr('dup', '1')
    import warnings
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        zf.writestr('dup', '2')
        print([str(x.message) for x in w])

# expect: BadZipFile File is not a zip file
# expect: BadZipFile File is not a zip file
# expect: BadZipFile File is not a zip file
# expect: KeyError "There is no item named 'missing' in the archive"
# expect: ValueError write() requires mode 'w', 'x', or 'a'
# expect: ValueError Attempt to use ZIP archive that was already closed
# expect: ValueError ZipFile requires mode 'r', 'w', 'x', or 'a'
# expect: NotImplementedError That compression method is not supported
# expect: False True
# expect: ["Duplicate name: 'dup'"]
