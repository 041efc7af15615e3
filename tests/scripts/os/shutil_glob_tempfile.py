# tempfile (TemporaryDirectory, NamedTemporaryFile, TemporaryFile, mkdtemp),
# shutil (copy, copy2, copyfile, copytree with ignore, move, rmtree, errors)
# and glob (patterns, recursive **, root_dir, hidden files, escape) on a
# scratch directory tree.
import glob
import os
import shutil
import tempfile


def tree(top):
    found = []
    for dirpath, dirnames, filenames in os.walk(top):
        dirnames.sort()
        rel = os.path.relpath(dirpath, top)
        for name in sorted(filenames):
            found.append(os.path.normpath(os.path.join(rel, name)))
    return found


with tempfile.TemporaryDirectory(prefix="coiltest") as top:
    print(os.path.isdir(top), os.path.basename(top).startswith("coiltest"))
    os.makedirs(os.path.join(top, "src", "pkg"))
    for name in ["a.py", "b.txt", ".hidden.py", "pkg/c.py", "pkg/d.txt"]:
        with open(os.path.join(top, "src", name), "w") as f:
            f.write(name + "\n")

    print(sorted(os.path.relpath(p, top) for p in glob.glob(os.path.join(top, "src", "*.py"))))
    print(sorted(glob.glob("**/*.py", root_dir=top, recursive=True)))
    print(sorted(glob.glob("**/*.py", root_dir=top, recursive=True, include_hidden=True)))
    print(sorted(glob.glob("src/?.*", root_dir=top)), glob.glob("nothing*", root_dir=top))
    print(sorted(glob.glob("src/[ab].*", root_dir=top)), sorted(glob.iglob("src/*/", root_dir=top)))
    print(glob.escape("what[is]this?.py"), glob.has_magic("a*"), glob.has_magic("plain"))

    src = os.path.join(top, "src")
    dst = shutil.copy(os.path.join(src, "a.py"), os.path.join(top, "copy.py"))
    print(os.path.relpath(dst, top), open(dst).read(), end="")
    dst = shutil.copy2(os.path.join(src, "b.txt"), top)
    print(os.path.relpath(dst, top),
          os.stat(dst).st_mtime_ns == os.stat(os.path.join(src, "b.txt")).st_mtime_ns)
    shutil.copytree(src, os.path.join(top, "backup"), ignore=shutil.ignore_patterns("*.txt"))
    print(tree(os.path.join(top, "backup")))
    shutil.move(os.path.join(top, "backup"), os.path.join(top, "moved"))
    shutil.move(os.path.join(top, "copy.py"), os.path.join(top, "moved"))
    print(os.path.exists(os.path.join(top, "backup")), tree(os.path.join(top, "moved")))
    shutil.rmtree(os.path.join(top, "moved"))
    print(sorted(os.listdir(top)))

    for call in [lambda: shutil.copyfile(dst, dst),
                 lambda: shutil.copyfile(os.path.join(top, "missing"), dst),
                 lambda: shutil.copytree(src, os.path.join(top, "src")),
                 lambda: shutil.rmtree(os.path.join(top, "missing")),
                 lambda: shutil.copyfile(dst, os.path.join(top, "no", "such", "dir"))]:
        try:
            call()
        except (OSError, shutil.Error) as e:
            print(type(e).__name__, str(e).replace(top, "TOP"))
    shutil.rmtree(os.path.join(top, "missing"), ignore_errors=True)

    with tempfile.NamedTemporaryFile("w+", suffix=".log", dir=top) as f:
        f.write("line one\nline two\n")
        f.seek(0)
        print(f.readlines(), os.path.dirname(f.name) == top, f.name.endswith(".log"))
        name = f.name
    print(os.path.exists(name))
    with tempfile.NamedTemporaryFile("w", dir=top, delete=False) as f:
        f.write("kept")
    print(open(f.name).read(), os.path.exists(f.name))
    t = tempfile.TemporaryFile("w+", dir=top)
    t.write("scratch")
    t.seek(0)
    print(t.read(), len(os.listdir(top)))
    t.close()
    d = tempfile.mkdtemp(dir=top)
    print(os.path.isdir(d), os.path.basename(d).startswith("tmp"), len(os.path.basename(d)))
print(os.path.exists(top))
print(tempfile.gettempprefix(), isinstance(tempfile.gettempdir(), str))

# expect: True True
# expect: ['src/a.py']
# expect: ['src/a.py', 'src/pkg/c.py']
# expect: ['src/.hidden.py', 'src/a.py', 'src/pkg/c.py']
# expect: ['src/a.py', 'src/b.txt'] []
# expect: ['src/a.py', 'src/b.txt'] ['src/pkg/']
# expect: what[[]is]this[?].py True False
# expect: copy.py a.py
# expect: b.txt True
# expect: ['.hidden.py', 'a.py', 'pkg/c.py']
# expect: False ['.hidden.py', 'a.py', 'copy.py', 'pkg/c.py']
# expect: ['b.txt', 'src']
# expect: SameFileError 'TOP/b.txt' and 'TOP/b.txt' are the same file
# expect: FileNotFoundError [Errno 2] No such file or directory: 'TOP/missing'
# expect: FileExistsError [Errno 17] File exists: 'TOP/src'
# expect: FileNotFoundError [Errno 2] No such file or directory: 'TOP/missing'
# expect: FileNotFoundError [Errno 2] No such file or directory: 'TOP/no/such/dir'
# expect: ['line one\n', 'line two\n'] True True
# expect: False
# expect: kept True
# expect: scratch 3
# expect: True True 11
# expect: False
# expect: tmp True
