# fileinput over several files (line numbers, inplace rewriting) and linecache (CPython's copies).
import linecache, fileinput, tempfile, os
with tempfile.TemporaryDirectory() as d:
    paths = []
    for i, body in enumerate(["alpha\nbeta\n", "gamma\ndelta\nepsilon\n"]):
        p = os.path.join(d, f"f{i}.txt")
        with open(p, "w") as f: f.write(body)
        paths.append(p)
    print(repr(linecache.getline(paths[1], 2)), repr(linecache.getline(paths[1], 99)), len(linecache.getlines(paths[0])))
    with fileinput.input(files=paths) as fi:
        for line in fi:
            print(fi.lineno(), fi.filelineno(), os.path.basename(fi.filename()), fi.isfirstline(), line.rstrip())
    with fileinput.input(files=paths, inplace=True) as fi:
        for line in fi:
            print(line.rstrip().upper())
    print(open(paths[0]).read().split(), open(paths[1]).read().split())
    linecache.clearcache()
print(linecache.getline(__file__, 2) == open(__file__).readlines()[1], linecache.getline(__file__, 10**6))
# expect: 'delta\n' '' 2
# expect: 1 1 f0.txt True alpha
# expect: 2 2 f0.txt False beta
# expect: 3 1 f1.txt True gamma
# expect: 4 2 f1.txt False delta
# expect: 5 3 f1.txt False epsilon
# expect: ['ALPHA', 'BETA'] ['GAMMA', 'DELTA', 'EPSILON']
# expect: True 
