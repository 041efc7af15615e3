# os.path's string operations: join, split, splitext, basename, dirname,
# normpath, relpath, commonpath, commonprefix, expandvars, isabs.
import os.path
import posixpath
from os import path

print(os.path is posixpath, path.__name__)
print(path.join("a", "b", "c.txt"), path.join("a/", "b"), path.join("a", "/abs", "x"), path.join("", "x"))
print(path.split("/usr/lib/python3"), path.split("file"), path.split("/"), path.split("a//b//"))
print(path.splitext("archive.tar.gz"), path.splitext(".bashrc"), path.splitext("dir.d/file"), path.splitext("a..b"))
print(path.basename("/a/b/c.py"), repr(path.basename("/a/b/")), path.dirname("/a/b/c.py"), path.dirname("c.py") == "")
print(path.normpath("a//b/./c/../d"), path.normpath("/../x"), path.normpath(""), path.normpath("//x"), path.normpath("../../a"))
print(path.isabs("/etc"), path.isabs("etc"), path.relpath("/a/b/c", "/a/d"), path.relpath("/a", "/a"))
print(path.commonpath(["/usr/lib", "/usr/local/lib"]), path.commonprefix(["interview", "internet"]), repr(path.commonprefix([])))
print(path.splitdrive("/x/y"), path.normcase("/A/b"))
os.environ["COIL_TEST_VAR"] = "value"
print(path.expandvars("$COIL_TEST_VAR/${COIL_TEST_VAR}/$NOPE_NOT_SET/$"))
print(path.expanduser("~/docs") == os.environ["HOME"] + "/docs", path.expanduser("x~"))
for bad in [lambda: path.join("a", 3), lambda: path.basename(None)]:
    try:
        bad()
    except TypeError as e:
        print(e)
try:
    path.commonpath(["/a", "b"])
except ValueError as e:
    print(e)
try:
    path.commonpath([])
except ValueError as e:
    print(e)

# expect: True posixpath
# expect: a/b/c.txt a/b /abs/x x
# expect: ('/usr/lib', 'python3') ('', 'file') ('/', '') ('a//b', '')
# expect: ('archive.tar', '.gz') ('.bashrc', '') ('dir.d/file', '') ('a.', '.b')
# expect: c.py '' /a/b True
# expect: a/b/d /x . //x ../../a
# expect: True False ../b/c .
# expect: /usr inter ''
# expect: ('', '/x/y') /A/b
# expect: value/value/$NOPE_NOT_SET/$
# expect: True x~
# expect: join() argument must be str, bytes, or os.PathLike object, not 'int'
# expect: expected str, bytes or os.PathLike object, not NoneType
# expect: Can't mix absolute and relative paths
# expect: commonpath() arg is an empty sequence
