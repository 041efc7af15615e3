"""coil at the limits: out of memory under `ulimit -v`, never an abort.

    python3 tests/cli/test_limits.py --coil build/coil

Ends with "N passed, N failed"; exit status 1 if any failed."""
import argparse
import os
import resource
import subprocess
import sys
import tempfile
import traceback

TIMEOUT = 120
COIL = None
TMP = None


def run(argv, stdin="", address_space=None, timeout=TIMEOUT):
    """Runs argv with its output piped (so it is block-buffered, as when
    redirected to a file), under an address-space limit if given."""
    def limit():
        if address_space:
            resource.setrlimit(resource.RLIMIT_AS, (address_space, address_space))
    p = subprocess.run(argv, input=stdin.encode(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       cwd=TMP, timeout=timeout, preexec_fn=limit)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


def write(name, text):
    path = os.path.join(TMP, name)
    with open(path, "w") as f:
        f.write(text)
    return path


def sanitized(binary):
    """AddressSanitizer reserves terabytes of shadow memory at start-up, so an
    address-space limit cannot apply to a sanitized coil."""
    with open(binary, "rb") as f:
        return b"__asan_init" in f.read()


NATURALS = """def naturals():
    n = 0
    while True:
        yield n
        n += 1
print("before")
"""

MB = 1024 * 1024


def test_ulimit_memory_error_is_caught_and_output_kept():
    if sanitized(COIL):
        print("  (AddressSanitizer build: no address-space limit; Memory.* unit tests cover it)")
        return
    path = write("naturals_caught.py", NATURALS + """try:
    x = list(naturals())
except MemoryError as e:
    print("caught", type(e).__name__)
x = None
print("after", sum(range(10)))
""")
    code, out, err = run([COIL, path], address_space=400 * MB)
    assert (code, out, err) == (0, "before\ncaught MemoryError\nafter 45\n", ""), (code, out, err)


def test_ulimit_uncaught_memory_error_has_traceback():
    if sanitized(COIL):
        return
    path = write("naturals_uncaught.py", NATURALS + "x = list(naturals())\n")
    code, out, err = run([COIL, path], address_space=400 * MB)
    assert code == 1, (code, out, err)
    assert out == "before\n", out
    assert "terminate" not in err and "bad_alloc" not in err, err
    assert err.endswith('line 7, in <module>\n    x = list(naturals())\n        ^^^^^^^^^^^^^^^^\nMemoryError\n'), err


def test_ulimit_each_kind_of_growth():
    """Lists, dicts, strings, big ints and frames each run out of memory
    as MemoryError, and the script goes on after each."""
    if sanitized(COIL):
        return
    path = write("growth.py", """print("start")
def attempt(name, f):
    try:
        f()
    except MemoryError:
        print(name, "MemoryError")
def grow_list():
    xs = []
    while True:
        xs.append("x" * 100 + str(len(xs)))
def grow_dict():
    d = {}
    i = 0
    while True:
        d[i] = (i, i)
        i += 1
def grow_set():
    s = set()
    i = 0
    while True:
        s.add(i)
        i += 1
def grow_str():
    s = "ab"
    while True:
        s = s + s
attempt("list", grow_list)
attempt("dict", grow_dict)
attempt("set", grow_set)
attempt("str", grow_str)
attempt("str*n", lambda: "ab" * 2 ** 40)
attempt("list*n", lambda: [0] * 2 ** 40)
attempt("pow", lambda: 7 ** 10 ** 10)
attempt("bytes", lambda: b"x" * 2 ** 40)
print("end")
""")
    code, out, err = run([COIL, path], address_space=400 * MB)
    assert code == 0, (code, out, err)
    assert out == ("start\nlist MemoryError\ndict MemoryError\nset MemoryError\nstr MemoryError\n"
                   "str*n MemoryError\nlist*n MemoryError\npow MemoryError\nbytes MemoryError\nend\n"), out


def main():
    global COIL, TMP
    ap = argparse.ArgumentParser()
    ap.add_argument("--coil", required=True)
    args = ap.parse_args()
    COIL = os.path.abspath(args.coil)
    passed = failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        TMP = tmp
        for name, fn in sorted(globals().items()):
            if not name.startswith("test_") or not callable(fn):
                continue
            try:
                fn()
                passed += 1
            except Exception:
                failed += 1
                print("FAIL", name)
                traceback.print_exc()
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
