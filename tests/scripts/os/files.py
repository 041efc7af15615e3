# Making, listing, walking, renaming and removing files and directories.
import os

base = "/tmp/coil_os_files_%d" % os.getpid()
os.makedirs(os.path.join(base, "a", "b"))
os.makedirs(os.path.join(base, "a", "b"), exist_ok=True)
os.mkdir(os.path.join(base, "c"))
for name in ["a/one.txt", "a/b/two.txt", "top.txt"]:
    with open(os.path.join(base, name), "w") as f:
        f.write(name * 2)

print(sorted(os.listdir(base)))
print(os.path.exists(base), os.path.isdir(base), os.path.isfile(base))
print(os.path.isfile(os.path.join(base, "top.txt")), os.path.getsize(os.path.join(base, "top.txt")))
for root, dirs, files in sorted(os.walk(base)):
    print(os.path.relpath(root, base), sorted(dirs), sorted(files))
print([os.path.relpath(r, base) for r, d, f in os.walk(base, topdown=False)][-1])

entries = sorted(os.scandir(base), key=lambda e: e.name)
print([(e.name, e.is_dir(), e.is_file()) for e in entries], repr(entries[0]))

os.rename(os.path.join(base, "top.txt"), os.path.join(base, "c", "moved.txt"))
os.replace(os.path.join(base, "c", "moved.txt"), os.path.join(base, "c", "final.txt"))
print(sorted(os.listdir(os.path.join(base, "c"))))

st = os.stat(os.path.join(base, "c", "final.txt"))
print(type(st).__name__, st.st_size, st[6], len(st), isinstance(st.st_mtime, float), st.st_mtime_ns // 10**9 == st[8])
print(os.access(base, os.R_OK), os.access(base + "/none", os.F_OK))

cwd = os.getcwd()
os.chdir(base)
print(os.getcwd() == os.path.realpath(base), os.path.abspath("x") == os.path.join(os.getcwd(), "x"))
os.chdir(cwd)

os.remove(os.path.join(base, "c", "final.txt"))
os.unlink(os.path.join(base, "a", "one.txt"))
os.remove(os.path.join(base, "a", "b", "two.txt"))
os.removedirs(os.path.join(base, "a", "b"))
os.rmdir(os.path.join(base, "c"))
print(os.path.exists(base))

# expect: ['a', 'c', 'top.txt']
# expect: True True False
# expect: True 14
# expect: . ['a', 'c'] ['top.txt']
# expect: a ['b'] ['one.txt']
# expect: a/b [] ['two.txt']
# expect: c [] []
# expect: .
# expect: [('a', True, False), ('c', True, False), ('top.txt', False, True)] <DirEntry 'a'>
# expect: ['final.txt']
# expect: stat_result 14 14 10 True True
# expect: True False
# expect: True True
# expect: True
