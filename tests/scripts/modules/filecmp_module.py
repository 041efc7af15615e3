# filecmp (CPython's copy): cmp, cmpfiles, dircmp and its report.
import filecmp, tempfile, os, io, contextlib
with tempfile.TemporaryDirectory() as d:
    a, b = os.path.join(d, "a"), os.path.join(d, "b")
    for root in (a, b): os.makedirs(os.path.join(root, "common_dir"))
    files = {"a": {"same.txt": "x", "diff.txt": "one", "only_a.txt": "a"}, "b": {"same.txt": "x", "diff.txt": "two", "only_b.txt": "b"}}
    for root, fs in (("a", files["a"]), ("b", files["b"])):
        for name, text in fs.items():
            with open(os.path.join(d, root, name), "w") as f: f.write(text)
    print(filecmp.cmp(os.path.join(a, "same.txt"), os.path.join(b, "same.txt")), filecmp.cmp(os.path.join(a, "diff.txt"), os.path.join(b, "diff.txt"), shallow=False))
    print(filecmp.cmpfiles(a, b, ["same.txt", "diff.txt", "only_a.txt"]))
    dc = filecmp.dircmp(a, b)
    print(sorted(dc.left_only), sorted(dc.right_only), sorted(dc.common_files), dc.same_files, dc.diff_files, dc.common_dirs)
    out = io.StringIO()
    with contextlib.redirect_stdout(out): dc.report()
    print(out.getvalue().replace(d, "<tmp>"))
# expect: True False
# expect: (['same.txt'], ['diff.txt'], ['only_a.txt'])
# expect: ['only_a.txt'] ['only_b.txt'] ['diff.txt', 'same.txt'] ['same.txt'] ['diff.txt'] ['common_dir']
# expect: diff <tmp>/a <tmp>/b
# expect: Only in <tmp>/a : ['only_a.txt']
# expect: Only in <tmp>/b : ['only_b.txt']
# expect: Identical files : ['same.txt']
# expect: Differing files : ['diff.txt']
# expect: Common subdirectories : ['common_dir']
# expect: 
