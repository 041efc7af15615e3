"""Files and paths in a temporary directory: os.path, os.walk, pathlib, open modes, shutil."""
import os
import os.path
import pathlib
import shutil
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    root = pathlib.Path(tmp)
    (root / "src" / "pkg").mkdir(parents=True)
    (root / "docs").mkdir()
    files = {
        "src/main.py": "print('hi')\n",
        "src/pkg/__init__.py": "",
        "src/pkg/util.py": "def f():\n    return 1\n",
        "docs/readme.md": "# Title\n\nText.\n",
        "notes.txt": "line one\nline two\nline three\n",
    }
    for rel, content in files.items():
        (root / rel).write_text(content)

    for dirpath, dirnames, filenames in sorted(os.walk(tmp)):
        dirnames.sort()
        rel = os.path.relpath(dirpath, tmp)
        print(rel, sorted(filenames))
    print(sorted(p.relative_to(root).as_posix() for p in root.rglob("*.py")))
    print(sorted(p.name for p in (root / "src").iterdir()))

    path = os.path.join(tmp, "notes.txt")
    print(os.path.basename(path), os.path.splitext(path)[1], os.path.exists(path), os.path.isdir(tmp))
    print(os.path.getsize(path), os.path.dirname(path) == tmp)
    with open(path) as f:
        print([line.rstrip("\n") for line in f])
    with open(path, "a") as f:
        f.write("line four\n")
    with open(path) as f:
        print(f.readline().strip(), len(f.readlines()))
    with open(os.path.join(tmp, "data.bin"), "wb") as f:
        f.write(bytes(range(5)))
    with open(os.path.join(tmp, "data.bin"), "rb") as f:
        print(f.read(), f.tell())

    shutil.copy(path, os.path.join(tmp, "copy.txt"))
    shutil.copytree(root / "src", root / "src2")
    os.rename(os.path.join(tmp, "copy.txt"), os.path.join(tmp, "moved.txt"))
    shutil.rmtree(root / "src")
    print(sorted(os.listdir(tmp)))
    p = root / "docs" / "readme.md"
    print(p.suffix, p.stem, p.parent.name, p.read_text().splitlines()[0], p.with_suffix(".txt").name)
    try:
        open(os.path.join(tmp, "nope.txt"))
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.strerror, os.path.basename(e.filename))

print(os.path.join("a", "b", "c.txt"), os.path.normpath("a/./b/../c"), os.path.splitext("archive.tar.gz"))
print(os.path.isabs("/x"), os.path.split("/usr/lib/python3"), pathlib.PurePosixPath("/a/b/c.txt").parts)
print(os.sep, os.path.commonprefix(["/usr/lib", "/usr/local"]), pathlib.PurePath("x/y").joinpath("z"))
