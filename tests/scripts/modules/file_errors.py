# open() and file methods raise CPython's exceptions and messages.
import io
import random

path = "/tmp/coil_test_io_err_%d.txt" % random.getrandbits(64)
open(path, "w").close()


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(open, "no_such_file.txt")
attempt(open, "no_such_dir/file.txt", "w")
attempt(open, "/")
attempt(open, "/", "w")
attempt(open, "file_errors.py", "x")
attempt(open, path, "rw")
attempt(open, path, "z")
attempt(open, path, "rr")
attempt(open, 3.5)
attempt(open, path, encoding="no-such-codec")
attempt(lambda: open(path, "w").read())
attempt(lambda: open(path).write("x"))
attempt(lambda: open(path, "a").readline())

f = open(path)
f.close()
f.close()
attempt(f.read)
attempt(f.readline)
attempt(next, f)
attempt(iter, f)
attempt(f.write, "a")

f = open(path, "w")
attempt(f.write, 5)
attempt(f.writelines, ["ok", 5])
f.close()

try:
    open("missing/x.txt")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, e.args, isinstance(e, OSError))
try:
    open(path).write("x")
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e, isinstance(e, OSError), isinstance(e, ValueError))
try:
    open("/")
except OSError as e:
    print(type(e).__name__, e.errno, e.filename)
print(str(OSError(2, "No such file or directory")), str(OSError(13, "Permission denied", "x.txt")))

# expect: FileNotFoundError: [Errno 2] No such file or directory: 'no_such_file.txt'
# expect: FileNotFoundError: [Errno 2] No such file or directory: 'no_such_dir/file.txt'
# expect: IsADirectoryError: [Errno 21] Is a directory: '/'
# expect: IsADirectoryError: [Errno 21] Is a directory: '/'
# expect: FileExistsError: [Errno 17] File exists: 'file_errors.py'
# expect: ValueError: must have exactly one of create/read/write/append mode
# expect: ValueError: invalid mode: 'z'
# expect: ValueError: invalid mode: 'rr'
# expect: TypeError: expected str, bytes or os.PathLike object, not float
# expect: LookupError: unknown encoding: no-such-codec
# expect: UnsupportedOperation: not readable
# expect: UnsupportedOperation: not writable
# expect: UnsupportedOperation: not readable
# expect: ValueError: I/O operation on closed file.
# expect: ValueError: I/O operation on closed file.
# expect: ValueError: I/O operation on closed file.
# expect: ValueError: I/O operation on closed file.
# expect: ValueError: I/O operation on closed file.
# expect: TypeError: write() argument must be str, not int
# expect: TypeError: write() argument must be str, not int
# expect: 2 No such file or directory missing/x.txt (2, 'No such file or directory') True
# expect: UnsupportedOperation not writable True True
# expect: IsADirectoryError 21 /
# expect: [Errno 2] No such file or directory [Errno 13] Permission denied: 'x.txt'
