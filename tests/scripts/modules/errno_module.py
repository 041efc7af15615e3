# errno: the constants (as on Linux), errorcode, and OSError.errno agreeing
# with them.
import errno
import os

print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EAGAIN == errno.EWOULDBLOCK)
print(errno.errorcode[errno.ENOENT], errno.errorcode[2], len(errno.errorcode) > 100)
try:
    os.stat("/no/such/file/anywhere")
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno], os.strerror(e.errno))

# expect: 2 17 13 True
# expect: ENOENT ENOENT True
# expect: True ENOENT No such file or directory
