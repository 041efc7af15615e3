"""A backup script: builds a small project tree in a temporary directory,
copies it with shutil.copytree (ignoring caches), finds files with glob, and
cleans up with shutil.rmtree."""
import glob
import os
import shutil
import tempfile

FILES = {
    "project/README.md": "# Demo\n",
    "project/src/app.py": "print('app')\n",
    "project/src/util.py": "def helper(): pass\n",
    "project/src/__pycache__/app.cpython-311.pyc": "compiled",
    "project/tests/test_app.py": "def test(): pass\n",
    "project/data/values.csv": "a,b\n1,2\n",
}

with tempfile.TemporaryDirectory() as root:
    for name, text in FILES.items():
        path = os.path.join(root, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)

    def rel(paths):
        return sorted(os.path.relpath(p, root) for p in paths)

    print(rel(glob.glob(os.path.join(root, "project", "**", "*.py"), recursive=True)))
    print(rel(glob.glob(os.path.join(root, "project", "*"))))
    print(sorted(glob.glob("*/*.md", root_dir=root)))

    backup = shutil.copytree(os.path.join(root, "project"), os.path.join(root, "backup"),
                             ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    print(os.path.relpath(backup, root))
    for dirpath, dirnames, filenames in sorted(os.walk(backup)):
        dirnames.sort()
        print(os.path.relpath(dirpath, root), sorted(filenames))

    archive = os.path.join(root, "archive")
    os.mkdir(archive)
    for path in glob.glob(os.path.join(backup, "src", "*.py")):
        shutil.copy2(path, archive)
    shutil.move(os.path.join(archive, "util.py"), os.path.join(archive, "helpers.py"))
    print(sorted(os.listdir(archive)))
    shutil.rmtree(os.path.join(root, "project", "src", "__pycache__"))
    print(rel(glob.glob(os.path.join(root, "project", "src", "*"))))
    try:
        shutil.copytree(backup, os.path.join(root, "archive"))
    except FileExistsError as e:
        print("FileExistsError:", os.path.basename(e.filename))
    shutil.copytree(backup, archive, dirs_exist_ok=True)
    print(len(os.listdir(archive)))
print(os.path.exists(root))
