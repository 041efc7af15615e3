"""Temporary files and directories.

coil's version of CPython 3.11's tempfile: gettempdir, gettempprefix,
mkdtemp, mktemp, NamedTemporaryFile, TemporaryFile, TemporaryDirectory, with
CPython's names (tmp + 8 random characters), defaults and cleanup. coil's
files have no file descriptors, so mkstemp() is not there, and binary modes
(the default 'w+b' of the file classes) fail as coil's open() does: pass a
text mode such as 'w+'. Everything goes through the host's file-access
switch (PermissionError when it is off).
"""

import io as _io
import types as _types
import warnings as _warnings
import os as _os
import random as _random
import shutil as _shutil

__all__ = [
    "NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "TemporaryDirectory",
    "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix", "tempdir",
    "gettempdir", "gettempprefixb", "gettempdirb",
]

TMP_MAX = 10000
template = "tmp"
tempdir = None


class _RandomNameSequence:
    """An endless sequence of unpredictable 8-character names."""

    characters = "abcdefghijklmnopqrstuvwxyz0123456789_"

    def __init__(self):
        self.rng = _random.Random()

    def __iter__(self):
        return self

    def __next__(self):
        return ''.join(self.rng.choice(self.characters) for _ in range(8))


_name_sequence = _RandomNameSequence()


def _candidate_tempdir_list():
    dirlist = []
    for envname in 'TMPDIR', 'TEMP', 'TMP':
        dirname = _os.getenv(envname)
        if dirname:
            dirlist.append(dirname)
    dirlist.extend(['/tmp', '/var/tmp', '/usr/tmp'])
    try:
        dirlist.append(_os.getcwd())
    except OSError:
        dirlist.append(_os.curdir)
    return dirlist


def _get_default_tempdir():
    for dir in _candidate_tempdir_list():
        if dir != _os.curdir:
            dir = _os.path.abspath(dir)
        if _os.path.isdir(dir) and _os.access(dir, _os.W_OK | _os.X_OK):
            return dir
    raise FileNotFoundError(
        2, "No usable temporary directory found in %s" % _candidate_tempdir_list())


def gettempdir():
    """Returns tempfile.tempdir as str."""
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return _os.fsdecode(tempdir)


def gettempdirb():
    raise NotImplementedError("bytes paths are not supported by coil")


def gettempprefix():
    """The default prefix for temporary directories as string."""
    return template


def gettempprefixb():
    raise NotImplementedError("bytes paths are not supported by coil")


def _sanitize_params(prefix, suffix, dir):
    if suffix is None:
        suffix = ""
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return prefix, suffix, _os.fspath(dir)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a directory (mode 0o700) with a fresh name; return its
    absolute path. The caller removes it."""
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    for seq in range(TMP_MAX):
        name = next(_name_sequence)
        file = _os.path.join(dir, prefix + name + suffix)
        try:
            _os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(file)
    raise FileExistsError(17, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """A file name that did not exist when asked (unsafe: use the others)."""
    if dir is None:
        dir = gettempdir()
    for seq in range(TMP_MAX):
        name = next(_name_sequence)
        file = _os.path.join(dir, prefix + name + suffix)
        if not _os.path.lexists(file):
            return file
    raise FileExistsError(17, "No usable temporary filename found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    raise NotImplementedError(
        "tempfile.mkstemp() returns a file descriptor, which coil's files do "
        "not have: use NamedTemporaryFile(mode='w+', delete=False)")


def _create_file(mode, buffering, encoding, newline, errors, prefix, suffix, dir):
    """Create a file with a fresh name (exclusively), open it with `mode`."""
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    if 'b' not in mode and encoding is None:
        encoding = 'utf-8'
    for seq in range(TMP_MAX):
        name = _os.path.abspath(_os.path.join(dir, prefix + next(_name_sequence) + suffix))
        try:
            open(name, 'x').close()
        except FileExistsError:
            continue
        try:
            file = open(name, mode.replace('x', 'w'), buffering=buffering,
                        encoding=encoding, newline=newline, errors=errors)
        except BaseException:
            _os.unlink(name)
            raise
        return file, name
    raise FileExistsError(17, "No usable temporary file name found")


class _TemporaryFileWrapper:
    """A file with a name, deleted on close() when delete is true; other
    attributes are the file's own."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return None

    def close(self):
        if self._closed:
            return
        self._closed = True
        try:
            self.file.close()
        finally:
            if self.delete:
                try:
                    _os.unlink(self.name)
                except FileNotFoundError:
                    pass

    def __iter__(self):
        for line in self.file:
            yield line

    def __repr__(self):
        return '<tempfile._TemporaryFileWrapper object at %#x>' % id(self)


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None,
                       newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None):
    """A temporary file with a visible name (its .name), removed when closed
    if delete is true."""
    file, name = _create_file(mode, buffering, encoding, newline, errors,
                              prefix, suffix, dir)
    return _TemporaryFileWrapper(file, name, delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None,
                  newline=None, suffix=None, prefix=None,
                  dir=None, *, errors=None):
    """A temporary file with no name: it is unlinked as soon as it is open."""
    file, name = _create_file(mode, buffering, encoding, newline, errors,
                              prefix, suffix, dir)
    try:
        _os.unlink(name)
    except BaseException:
        file.close()
        raise
    return file


# coil: CPython 3.11's SpooledTemporaryFile; one change in rollover(), marked.
class SpooledTemporaryFile(_io.IOBase):
    """Temporary file wrapper, specialized to switch from BytesIO
    or StringIO to a real file when it exceeds a certain size or
    when a fileno is needed.
    """
    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1,
                 encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        if 'b' in mode:
            self._file = _io.BytesIO()
        else:
            encoding = _io.text_encoding(encoding)
            self._file = _io.TextIOWrapper(_io.BytesIO(),
                            encoding=encoding, errors=errors,
                            newline=newline)
        self._max_size = max_size
        self._rolled = False
        self._TemporaryFileArgs = {'mode': mode, 'buffering': buffering,
                                   'suffix': suffix, 'prefix': prefix,
                                   'encoding': encoding, 'newline': newline,
                                   'dir': dir, 'errors': errors}

    __class_getitem__ = classmethod(_types.GenericAlias)

    def _check(self, file):
        if self._rolled: return
        max_size = self._max_size
        if max_size and file.tell() > max_size:
            self.rollover()

    def rollover(self):
        if self._rolled: return
        file = self._file
        newfile = self._file = TemporaryFile(**self._TemporaryFileArgs)
        del self._TemporaryFileArgs

        pos = file.tell()
        if hasattr(newfile, 'buffer'):
            newfile.buffer.write(file.detach().getvalue())
        elif hasattr(file, 'getvalue'):
            newfile.write(file.getvalue())
        else:
            # coil: a text file open() makes has no .buffer; write the spool's text.
            encoding = file.encoding
            newfile.write(file.detach().getvalue().decode(encoding))
        newfile.seek(pos, 0)

        self._rolled = True

    # The method caching trick from NamedTemporaryFile
    # won't work here, because _file may change from a
    # BytesIO/StringIO instance to a real file. So we list
    # all the methods directly.

    # Context management protocol
    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    # file protocol
    def __iter__(self):
        return self._file.__iter__()

    def __del__(self):
        if not self.closed:
            _warnings.warn(
                "Unclosed file {!r}".format(self),
                ResourceWarning,
                stacklevel=2,
                source=self
            )
            self.close()

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def encoding(self):
        return self._file.encoding

    @property
    def errors(self):
        return self._file.errors

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def isatty(self):
        return self._file.isatty()

    @property
    def mode(self):
        try:
            return self._file.mode
        except AttributeError:
            return self._TemporaryFileArgs['mode']

    @property
    def name(self):
        try:
            return self._file.name
        except AttributeError:
            return None

    @property
    def newlines(self):
        return self._file.newlines

    def readable(self):
        return self._file.readable()

    def read(self, *args):
        return self._file.read(*args)

    def read1(self, *args):
        return self._file.read1(*args)

    def readinto(self, b):
        return self._file.readinto(b)

    def readinto1(self, b):
        return self._file.readinto1(b)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seekable(self):
        return self._file.seekable()

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        if size is None:
            return self._file.truncate()
        else:
            if size > self._max_size:
                self.rollover()
            return self._file.truncate(size)

    def writable(self):
        return self._file.writable()

    def write(self, s):
        file = self._file
        rv = file.write(s)
        self._check(file)
        return rv

    def writelines(self, iterable):
        file = self._file
        rv = file.writelines(iterable)
        self._check(file)
        return rv

    def detach(self):
        return self._file.detach()


class TemporaryDirectory:
    """A temporary directory, removed with its contents by cleanup() or at
    the end of a with statement (which gives its name)."""

    def __init__(self, suffix=None, prefix=None, dir=None,
                 ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._removed = False

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if self._removed or not _os.path.exists(self.name):
            self._removed = True
            return
        self._removed = True
        _shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
