# OSError(errno, strerror, ...) builds the subclass for the errno (PEP 3151),
# only when called as OSError itself (or its aliases IOError,
# EnvironmentError, socket.error); with a filename, args keep (errno,
# strerror) and filename/filename2 are attributes.
import errno
import socket

for n in [errno.ENOENT, errno.EEXIST, errno.EISDIR, errno.ENOTDIR, errno.EACCES, errno.EPERM,
          errno.EINTR, errno.EAGAIN, errno.EWOULDBLOCK, errno.EALREADY, errno.EINPROGRESS,
          errno.ECHILD, errno.EPIPE, errno.ESHUTDOWN, errno.ECONNABORTED, errno.ECONNREFUSED,
          errno.ECONNRESET, errno.ESRCH, errno.ETIMEDOUT, errno.EBADF, 9999, 0, -1]:
    e = OSError(n, 'msg')
    print(type(e).__name__, e, e.args, e.errno, e.strerror, e.filename)
e = OSError(2, 'No such file', 'f.txt')
print(type(e).__name__, e, e.args, e.filename, e.filename2)
e = OSError(2, 'x', 'a', None, 'b')
print(type(e).__name__, e, e.args, e.filename, e.filename2, repr(e))
e = OSError(2, 'x', None)
print(type(e).__name__, e, e.args, e.filename)
print(type(OSError('a')).__name__, OSError('a').args, type(OSError()).__name__, type(OSError(2)).__name__)
print(type(OSError(2, 'x', 'f', None, 'g', 6)).__name__, OSError(2, 'x', 'f', None, 'g', 6).args)
print(type(OSError('2', 'x')).__name__, type(OSError(2.0, 'x')).__name__, type(OSError(True, 'x')).__name__)
print(type(socket.error(111, 'r')).__name__, type(IOError(2, 'x')).__name__,
      type(EnvironmentError(13, 'x')).__name__, IOError is OSError, EnvironmentError is OSError)
print(type(FileNotFoundError(111, 'x')).__name__, type(ConnectionError(2, 'x')).__name__)


class MyError(OSError):
    pass


print(type(MyError(2, 'x')).__name__, MyError(2, 'x').errno)
try:
    raise OSError(errno.ECONNREFUSED, 'Connection refused')
except ConnectionRefusedError as e:
    print('caught', repr(e))
try:
    raise OSError(errno.ENOENT, 'gone', 'data.txt')
except FileNotFoundError as e:
    print('caught', e, e.args)
# expect: FileNotFoundError [Errno 2] msg (2, 'msg') 2 msg None
# expect: FileExistsError [Errno 17] msg (17, 'msg') 17 msg None
# expect: IsADirectoryError [Errno 21] msg (21, 'msg') 21 msg None
# expect: NotADirectoryError [Errno 20] msg (20, 'msg') 20 msg None
# expect: PermissionError [Errno 13] msg (13, 'msg') 13 msg None
# expect: PermissionError [Errno 1] msg (1, 'msg') 1 msg None
# expect: InterruptedError [Errno 4] msg (4, 'msg') 4 msg None
# expect: BlockingIOError [Errno 11] msg (11, 'msg') 11 msg None
# expect: BlockingIOError [Errno 11] msg (11, 'msg') 11 msg None
# expect: BlockingIOError [Errno 114] msg (114, 'msg') 114 msg None
# expect: BlockingIOError [Errno 115] msg (115, 'msg') 115 msg None
# expect: ChildProcessError [Errno 10] msg (10, 'msg') 10 msg None
# expect: BrokenPipeError [Errno 32] msg (32, 'msg') 32 msg None
# expect: BrokenPipeError [Errno 108] msg (108, 'msg') 108 msg None
# expect: ConnectionAbortedError [Errno 103] msg (103, 'msg') 103 msg None
# expect: ConnectionRefusedError [Errno 111] msg (111, 'msg') 111 msg None
# expect: ConnectionResetError [Errno 104] msg (104, 'msg') 104 msg None
# expect: ProcessLookupError [Errno 3] msg (3, 'msg') 3 msg None
# expect: TimeoutError [Errno 110] msg (110, 'msg') 110 msg None
# expect: OSError [Errno 9] msg (9, 'msg') 9 msg None
# expect: OSError [Errno 9999] msg (9999, 'msg') 9999 msg None
# expect: OSError [Errno 0] msg (0, 'msg') 0 msg None
# expect: OSError [Errno -1] msg (-1, 'msg') -1 msg None
# expect: FileNotFoundError [Errno 2] No such file: 'f.txt' (2, 'No such file') f.txt None
# expect: FileNotFoundError [Errno 2] x: 'a' -> 'b' (2, 'x') a b FileNotFoundError(2, 'x')
# expect: FileNotFoundError [Errno 2] x (2, 'x', None) None
# expect: OSError ('a',) OSError OSError
# expect: OSError (2, 'x', 'f', None, 'g', 6)
# expect: OSError OSError PermissionError
# expect: ConnectionRefusedError FileNotFoundError PermissionError True True
# expect: FileNotFoundError ConnectionError
# expect: MyError 2
# expect: caught ConnectionRefusedError(111, 'Connection refused')
# expect: caught [Errno 2] gone: 'data.txt' (2, 'gone')
