"""OS routines: files, directories, the environment (POSIX only).

coil's version of CPython 3.11's os module, on the native _os module. Every
call that touches the file system is refused with PermissionError when the
host turns file access off (coil::Config::allow_file_access). Paths are str
(or objects with __fspath__ returning str); bytes paths are not supported.
os.environ is this VM's copy of the environment taken at import: changing it
changes what getenv() sees, not the process's environment.
"""

import sys
import _os
import stat as _stat

name = 'posix'
curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
linesep = '\n'
devnull = '/dev/null'

F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

error = OSError


def fspath(path):
    """Return the file system path representation of the object."""
    if isinstance(path, (str, bytes)):
        return path
    path_type = type(path)
    try:
        path_repr = path_type.__fspath__(path)
    except AttributeError:
        if hasattr(path_type, '__fspath__'):
            raise
        raise TypeError("expected str, bytes or os.PathLike object, "
                        "not " + path_type.__name__)
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    raise TypeError("expected {}.__fspath__() to return str or bytes, "
                    "not {}".format(path_type.__name__, type(path_repr).__name__))


class PathLike:
    """Base class for objects with a file system path (__fspath__)."""

    def __fspath__(self):
        raise NotImplementedError


def _path(p, fname, kinds='string, bytes or os.PathLike'):
    if isinstance(p, str):
        return p
    if isinstance(p, bytes):
        raise TypeError(f"{fname}: coil's os module takes str paths, not bytes")
    try:
        return fspath(p)
    except TypeError:
        raise TypeError(f"{fname}: path should be {kinds}, "
                        f"not {type(p).__name__}") from None


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode() if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode() if isinstance(filename, bytes) else filename


# ---- the environment

class _Environ(dict):
    """os.environ: a dict of str to str with CPython's repr."""

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        dict.__setitem__(self, key, value)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def update(self, *args, **kwargs):
        for k, v in dict(*args, **kwargs).items():
            self[k] = v

    def copy(self):
        return dict(self)

    def __repr__(self):
        return 'environ({{{}}})'.format(', '.join(
            '{!r}: {!r}'.format(k, v) for k, v in self.items()))


environ = _Environ(_os.environ())


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist."""
    return environ.get(key, default)


# ---- processes and misc

getpid = _os.getpid
strerror = _os.strerror
urandom = _os.urandom
cpu_count = _os.cpu_count


# ---- files and directories

def getcwd():
    return _os.getcwd()


def chdir(path):
    _os.chdir(_path(path, 'chdir', 'string, bytes, os.PathLike or integer'))


def listdir(path='.'):
    return _os.listdir(_path(path, 'listdir', 'string, bytes, os.PathLike, integer or None'))


def mkdir(path, mode=0o777, *, dir_fd=None):
    if dir_fd is not None:
        raise NotImplementedError("dir_fd unavailable on this platform")
    _os.mkdir(_path(path, 'mkdir'), mode)


def makedirs(name, mode=0o777, exist_ok=False):
    """Super-mkdir: create a leaf directory and all intermediate ones."""
    name = _path(name, 'makedirs')
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        cdir = curdir
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def rmdir(path, *, dir_fd=None):
    if dir_fd is not None:
        raise NotImplementedError("dir_fd unavailable on this platform")
    _os.rmdir(_path(path, 'rmdir'))


def removedirs(name):
    """Remove a leaf directory and then every empty parent."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def remove(path, *, dir_fd=None):
    if dir_fd is not None:
        raise NotImplementedError("dir_fd unavailable on this platform")
    _os.unlink(_path(path, 'remove'))


def unlink(path, *, dir_fd=None):
    if dir_fd is not None:
        raise NotImplementedError("dir_fd unavailable on this platform")
    _os.unlink(_path(path, 'unlink'))


def rename(src, dst):
    _os.rename(_path(src, 'rename'), _path(dst, 'rename'))


def replace(src, dst):
    _os.rename(_path(src, 'replace'), _path(dst, 'replace'))


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def symlink(src, dst, target_is_directory=False):
    _os.symlink(_path(src, 'symlink'), _path(dst, 'symlink'))


def readlink(path):
    return _os.readlink(_path(path, 'readlink'))


def chmod(path, mode, *, follow_symlinks=True):
    _os.chmod(_path(path, 'chmod'), mode)


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    """Set the access and modified time of path: times=(atime, mtime) in
    seconds, or ns=(atime_ns, mtime_ns), or now."""
    if times is not None and ns is not None:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError("utime: 'times' must be either a tuple of two ints or None")
        ns = tuple(int(t * 1000000000) for t in times)
    elif ns is not None:
        if not isinstance(ns, tuple) or len(ns) != 2:
            raise TypeError("utime: 'ns' must be a tuple of two ints")
    else:
        import time
        now = time.time_ns()
        ns = (now, now)
    (a_s, a_ns), (m_s, m_ns) = divmod(ns[0], 1000000000), divmod(ns[1], 1000000000)
    _os.utime(_path(path, 'utime'), a_s, a_ns, m_s, m_ns)


class terminal_size(tuple):
    """The result of get_terminal_size(): columns and lines."""

    def __new__(cls, values):
        return tuple.__new__(cls, values)

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return 'os.terminal_size(columns=%r, lines=%r)' % (self[0], self[1])


class uname_result(tuple):
    """The result of uname(): sysname, nodename, release, version, machine."""

    _fields = ('sysname', 'nodename', 'release', 'version', 'machine')

    def __new__(cls, values):
        return tuple.__new__(cls, values)

    sysname = property(lambda self: self[0])
    nodename = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])

    def __repr__(self):
        return 'posix.uname_result({})'.format(', '.join(
            f'{n}={v!r}' for n, v in zip(self._fields, self)))


def uname():
    """The identity of the running kernel and machine."""
    return uname_result(_os.uname())


# Linux's numbers for the names confstr() knows.
confstr_names = {'CS_PATH': 0, 'CS_GNU_LIBC_VERSION': 2, 'CS_GNU_LIBPTHREAD_VERSION': 3}


def confstr(name):
    """A string-valued system configuration value (None if it has none)."""
    if isinstance(name, str):
        try:
            name = confstr_names[name]
        except KeyError:
            raise ValueError('unrecognized configuration name') from None
    elif not isinstance(name, int):
        raise TypeError('configuration names must be strings or integers')
    return _os.confstr(name)


def get_terminal_size(fd=1):
    """The size of the terminal on file descriptor fd (OSError if none)."""
    return terminal_size(_os.get_terminal_size(fd))


def access(path, mode, *, effective_ids=False, follow_symlinks=True):
    return _os.access(_path(path, 'access'), mode)


class stat_result(tuple):
    """The result of os.stat(): ten indexed fields (times as ints) and the
    float and nanosecond times as attributes."""

    _fields = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid',
               'st_size', 'st_atime', 'st_mtime', 'st_ctime')

    def __new__(cls, values):
        values = tuple(values)
        self = tuple.__new__(cls, values[:7] + tuple(int(t) for t in values[7:10]))
        self._times = values[7:13]
        return self

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._times[0])
    st_mtime = property(lambda self: self._times[1])
    st_ctime = property(lambda self: self._times[2])
    st_atime_ns = property(lambda self: self._times[3])
    st_mtime_ns = property(lambda self: self._times[4])
    st_ctime_ns = property(lambda self: self._times[5])

    def __repr__(self):
        return 'os.stat_result({})'.format(', '.join(
            f'{n}={v!r}' for n, v in zip(self._fields, self)))


def stat(path, *, dir_fd=None, follow_symlinks=True):
    if dir_fd is not None:
        raise NotImplementedError("dir_fd unavailable on this platform")
    return stat_result(_os.stat(_path(path, 'stat', 'string, bytes, os.PathLike or integer'), follow_symlinks))


def lstat(path, *, dir_fd=None):
    return stat(path, dir_fd=dir_fd, follow_symlinks=False)


class DirEntry:
    """An entry of scandir(): name, path and cached type tests."""

    def __init__(self, directory, name):
        self.name = name
        self.path = path.join(directory, name)
        self._stat = None
        self._lstat = None

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return '<DirEntry {!r}>'.format(self.name)

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def is_symlink(self):
        try:
            return _stat.S_ISLNK(self.stat(follow_symlinks=False).st_mode)
        except FileNotFoundError:
            return False

    def is_dir(self, *, follow_symlinks=True):
        try:
            return _stat.S_ISDIR(self.stat(follow_symlinks=follow_symlinks).st_mode)
        except FileNotFoundError:
            return False

    def is_file(self, *, follow_symlinks=True):
        try:
            return _stat.S_ISREG(self.stat(follow_symlinks=follow_symlinks).st_mode)
        except FileNotFoundError:
            return False

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino


class _ScandirIterator:
    def __init__(self, directory):
        self._directory = directory
        self._names = iter(_os.listdir(directory))

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._directory, next(self._names))

    def close(self):
        self._names = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def scandir(path='.'):
    return _ScandirIterator(_path(path, 'scandir', 'string, bytes, os.PathLike, integer or None'))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: (dirpath, dirnames, filenames) per folder."""
    top = fspath(top)
    if not _os.allow_file_access:
        raise PermissionError("walk() is disabled: the host does not allow file access")
    dirs = []
    nondirs = []
    walk_dirs = []
    try:
        entries = list(scandir(top))
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    for entry in entries:
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            dirs.append(entry.name)
        else:
            nondirs.append(entry.name)
        if not topdown and is_dir:
            if followlinks:
                walk_into = True
            else:
                try:
                    is_symlink = entry.is_symlink()
                except OSError:
                    is_symlink = False
                walk_into = not is_symlink
            if walk_into:
                walk_dirs.append(entry.path)
    if topdown:
        yield top, dirs, nondirs
        for dirname in dirs:
            new_path = path.join(top, dirname)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for new_path in walk_dirs:
            yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


import posixpath as path
sys.modules['os.path'] = path
