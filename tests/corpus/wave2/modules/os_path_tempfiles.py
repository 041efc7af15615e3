# os/os.path/pathlib/shutil/glob/fnmatch in a temporary directory: build a tree,
# walk it, match names, copy and move, read back; every printed path is relative.
import fnmatch
import glob
import os
import shutil
import tempfile
from pathlib import Path

print(os.path.join("a", "b", "c.txt"), os.path.split("/x/y/z.tar.gz"), os.path.splitext("archive.tar.gz"))
print(os.path.basename("/p/q/"), os.path.dirname("/p/q/r"), os.path.normpath("a//b/../c/./d"), os.path.isabs("/x"))
print(os.path.commonprefix(["/usr/lib", "/usr/local"]), os.path.commonpath(["/usr/lib", "/usr/local"]), os.sep, os.curdir)
print(fnmatch.fnmatch("data.CSV", "*.csv"), fnmatch.fnmatchcase("data.CSV", "*.csv"), fnmatch.filter(["a.py", "b.txt", "c.py"], "*.py"))
print(fnmatch.translate("*.py?"), fnmatch.fnmatch("x[1]", "x[[]1]"))
with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp)
    for rel in ["src/main.py", "src/util.py", "src/data/a.csv", "docs/readme.md", "docs/notes.txt"]:
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(f"contents of {rel}\n")
    print(sorted(str(p.relative_to(root)) for p in root.rglob("*.py")))
    print(sorted(os.path.relpath(p, tmp) for p in glob.glob(os.path.join(tmp, "*", "*.*"))))
    print(sorted(os.path.relpath(p, tmp) for p in glob.glob(os.path.join(tmp, "**", "*.csv"), recursive=True)))
    for dirpath, dirnames, filenames in sorted(os.walk(tmp)):
        dirnames.sort()
        print(os.path.relpath(dirpath, tmp), sorted(dirnames), sorted(filenames))
    shutil.copy(root / "docs/readme.md", root / "readme_copy.md")
    shutil.copytree(root / "src", root / "backup")
    shutil.move(str(root / "docs/notes.txt"), str(root / "notes_moved.txt"))
    print(sorted(os.listdir(tmp)), (root / "readme_copy.md").read_text().strip(), (root / "backup/data/a.csv").exists())
    shutil.rmtree(root / "backup")
    p = root / "src" / "main.py"
    print(p.name, p.stem, p.suffix, p.parent.name, p.with_suffix(".txt").name, p.stat().st_size, p.is_file(), p.parent.is_dir())
    with open(p, "a") as fh:
        fh.write("second line\n")
    with open(p) as fh:
        print(fh.readlines())
    os.remove(p)
    print(p.exists(), os.path.exists(tmp), os.path.getsize(root / "src/util.py"))
    try:
        open(root / "missing.txt")
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.errno, e.strerror, os.path.basename(e.filename))
print(Path("a/b/c.txt").parts, Path("/a/b").is_absolute(), Path("x") / "y" / "z", Path("a/b/../c").as_posix(), Path("f.tar.gz").suffixes)
print(str(Path("docs/readme.md").with_name("other.md")), Path("a/b").match("*/b"), Path("a").joinpath("b", "c"))
