# Failures raise CPython's OSError subclasses with errno, message and names.
import os

base = "/tmp/coil_os_errors_%d" % os.getpid()
os.mkdir(base)
try:
    try:
        os.mkdir(base)
    except FileExistsError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename == base)
    try:
        os.makedirs(base)
    except FileExistsError as e:
        print("makedirs", type(e).__name__)
    for call in [os.listdir, os.remove, os.rmdir, os.stat]:
        try:
            call(base + "/missing")
        except FileNotFoundError as e:
            print(call.__name__, str(e).replace(base, "BASE"))
    try:
        os.rename(base + "/missing", base + "/other")
    except OSError as e:
        print(str(e).replace(base, "BASE"), e.filename2 == base + "/other")
    try:
        os.rmdir("/")
    except OSError as e:
        print(type(e).__name__ in ("OSError", "PermissionError", "IsADirectoryError"))
    try:
        os.remove(base)
    except IsADirectoryError as e:
        print(type(e).__name__, e.errno)
    try:
        os.listdir(42.5)
    except TypeError as e:
        print(e)
    try:
        os.fspath(3)
    except TypeError as e:
        print(e)
finally:
    os.rmdir(base)
print(os.path.exists(base), os.path.isdir(base + "/missing"), os.path.getsize.__name__)
try:
    os.path.getsize(base)
except FileNotFoundError as e:
    print(e.errno)

# expect: FileExistsError 17 File exists True
# expect: makedirs FileExistsError
# expect: listdir [Errno 2] No such file or directory: 'BASE/missing'
# expect: remove [Errno 2] No such file or directory: 'BASE/missing'
# expect: rmdir [Errno 2] No such file or directory: 'BASE/missing'
# expect: stat [Errno 2] No such file or directory: 'BASE/missing'
# expect: [Errno 2] No such file or directory: 'BASE/missing' -> 'BASE/other' True
# expect: True
# expect: IsADirectoryError 21
# expect: listdir: path should be string, bytes, os.PathLike, integer or None, not float
# expect: expected str, bytes or os.PathLike object, not int
# expect: False False getsize
# expect: 2
