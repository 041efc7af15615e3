"""Temporary files and directories.

coil's version of CPython 3.11's tempfile: gettempdir, gettempprefix,
mkdtemp, mktemp, NamedTemporaryFile, TemporaryFile, TemporaryDirectory, with
CPython's names (tmp + 8 random characters), defaults and cleanup. coil's
files have no file descriptors, so mkstemp() is not there, and binary modes
(the default 'w+b' of the file classes) fail as coil's open() does: pass a
text mode such as 'w+'. Everything goes through the host's file-access
switch (PermissionError when it is off).
"""

import os as _os
import random as _random
import shutil as _shutil

__all__ = [
    "NamedTemporaryFile", "TemporaryFile", "TemporaryDirectory",
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
