# pathlib: pure path operations (parts, parents, suffixes, joining,
# relative_to, with_*, match, comparisons) and Path on a scratch tree
# (mkdir, write_text/read_text, iterdir, glob/rglob, stat, rename, replace,
# touch, unlink, rmdir, exists/is_*), open() on a Path, and errors.
import os
import tempfile
from pathlib import Path, PurePath, PurePosixPath

p = PurePosixPath("/usr/local/lib/python3.11/site-packages/pkg.tar.gz")
print(p.parts, p.name, p.stem, p.suffix, p.suffixes, p.anchor, p.root)
print(p.parent, list(p.parents)[:3], p.parents[1], len(p.parents))
print(p.with_name("x.py"), p.with_suffix(".zip"), p.with_stem("other"))
print(p.relative_to("/usr/local"), p.is_relative_to("/opt"), p.is_absolute())
print(PurePosixPath("a") / "b" / "../c", PurePosixPath("a", "/b", "c"), PurePath("x//y/./z"))
print(p.match("*.gz"), p.match("lib/*/site-packages/*"), PurePosixPath("a/b").match("/a/*"))
print(PurePosixPath("a/b") == PurePosixPath("a//b"), PurePosixPath("a") < PurePosixPath("b"),
      sorted([PurePosixPath("b"), PurePosixPath("a/c"), PurePosixPath("a")]))
print(repr(PurePosixPath("a/b")), str(PurePosixPath()), PurePosixPath("/a/b").as_uri())
print(os.fspath(PurePosixPath("x/y")), PurePosixPath("a/b").joinpath("c", "d"), hash(PurePosixPath("a")) == hash(PurePosixPath("a")))
for bad in [lambda: p.relative_to("/opt"), lambda: PurePosixPath("a").with_suffix("x"),
            lambda: PurePosixPath("").with_name("x"), lambda: PurePosixPath("a").as_uri()]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)

with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp)
    (root / "src" / "pkg").mkdir(parents=True)
    for rel, text in {"src/main.py": "print('hi')\n", "src/pkg/__init__.py": "",
                      "src/pkg/util.py": "X = 1\n", "notes.txt": "one\ntwo\n"}.items():
        print(rel, (root / rel).write_text(text))
    print(sorted(q.name for q in root.iterdir()))
    print(sorted(str(q.relative_to(root)) for q in root.glob("src/*.py")))
    print(sorted(str(q.relative_to(root)) for q in root.rglob("*.py")))
    print(sorted(str(q.relative_to(root)) for q in root.glob("**/")))
    notes = root / "notes.txt"
    print(notes.read_text().splitlines(), notes.exists(), notes.is_file(), notes.is_dir(),
          notes.stat().st_size, (root / "src").is_dir(), (root / "nope").exists())
    with notes.open("a") as f:
        f.write("three\n")
    with open(notes) as f:
        print(f.read().split())
    moved = notes.rename(root / "moved.txt")
    print(moved.name, notes.exists(), moved.exists())
    (root / "new.txt").touch()
    print((root / "new.txt").read_text() == "", (root / "new.txt").stat().st_size)
    (root / "new.txt").replace(root / "moved.txt")
    print(sorted(q.name for q in root.iterdir()))
    (root / "moved.txt").unlink()
    (root / "gone.txt").unlink(missing_ok=True)
    try:
        (root / "src").mkdir()
    except FileExistsError as e:
        print("FileExistsError:", e.strerror)
    (root / "src").mkdir(exist_ok=True)
    try:
        (root / "missing.txt").read_text()
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.strerror, Path(e.filename).name)
    try:
        (root / "src").rmdir()
    except OSError as e:
        print(type(e).__name__, e.strerror)
    print(root.resolve() == Path(os.path.realpath(tmp)), (root / "src" / ".." / "src").resolve().name)
    print(Path(tmp, "src", "main.py").exists(), Path.cwd().is_dir(), Path("~").expanduser() == Path.home())
    print(sorted(q.name for q in (root / "src" / "pkg").iterdir()), (root / "src").samefile(root / "src"))
print(Path(tmp).exists(), type(Path("x")).__name__)

# expect: ('/', 'usr', 'local', 'lib', 'python3.11', 'site-packages', 'pkg.tar.gz') pkg.tar.gz pkg.tar .gz ['.tar', '.gz'] / /
# expect: /usr/local/lib/python3.11/site-packages [PurePosixPath('/usr/local/lib/python3.11/site-packages'), PurePosixPath('/usr/local/lib/python3.11'), PurePosixPath('/usr/local/lib')] /usr/local/lib/python3.11 6
# expect: /usr/local/lib/python3.11/site-packages/x.py /usr/local/lib/python3.11/site-packages/pkg.tar.zip /usr/local/lib/python3.11/site-packages/other.gz
# expect: lib/python3.11/site-packages/pkg.tar.gz False True
# expect: a/b/../c /b/c x/y/z
# expect: True True False
# expect: True True [PurePosixPath('a'), PurePosixPath('a/c'), PurePosixPath('b')]
# expect: PurePosixPath('a/b') . file:///a/b
# expect: x/y a/b/c/d True
# expect: ValueError: '/usr/local/lib/python3.11/site-packages/pkg.tar.gz' is not in the subpath of '/opt' OR one path is relative and the other is absolute.
# expect: ValueError: Invalid suffix 'x'
# expect: ValueError: PurePosixPath('.') has an empty name
# expect: ValueError: relative path can't be expressed as a file URI
# expect: src/main.py 12
# expect: src/pkg/__init__.py 0
# expect: src/pkg/util.py 6
# expect: notes.txt 8
# expect: ['notes.txt', 'src']
# expect: ['src/main.py']
# expect: ['src/main.py', 'src/pkg/__init__.py', 'src/pkg/util.py']
# expect: ['.', 'src', 'src/pkg']
# expect: ['one', 'two'] True True False 8 True False
# expect: ['one', 'two', 'three']
# expect: moved.txt False True
# expect: True 0
# expect: ['moved.txt', 'src']
# expect: FileExistsError: File exists
# expect: FileNotFoundError: No such file or directory missing.txt
# expect: OSError Directory not empty
# expect: True src
# expect: True True True
# expect: ['__init__.py', 'util.py'] True
# expect: False PosixPath
