"""coil at the limits: out of memory under `ulimit -v` or `--max-heap`, the
instruction budget (`--max-steps`) and time limit (`--max-seconds`), deeply
nested source and deep recursion through native code: a Python exception
(MemoryError, LimitExceeded, RecursionError, SyntaxError), never an abort or
a C++ stack overflow.

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


GROWTH_SCRIPT = """print("start")
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
"""


def test_ulimit_each_kind_of_growth():
    """Lists, dicts, strings, big ints and frames each run out of memory
    as MemoryError, and the script goes on after each."""
    if sanitized(COIL):
        return
    path = write("growth.py", GROWTH_SCRIPT)
    code, out, err = run([COIL, path], address_space=400 * MB)
    assert code == 0, (code, out, err)
    assert out == ("start\nlist MemoryError\ndict MemoryError\nset MemoryError\nstr MemoryError\n"
                   "str*n MemoryError\nlist*n MemoryError\npow MemoryError\nbytes MemoryError\nend\n"), out


# ---------------------------------------------------------------- --max-heap

GROWTH_OUT = ("start\nlist MemoryError\ndict MemoryError\nset MemoryError\nstr MemoryError\n"
              "str*n MemoryError\nlist*n MemoryError\npow MemoryError\nbytes MemoryError\nend\n")


def test_max_heap_each_kind_of_growth():
    """The same growth under the VM's own limit (no ulimit): each is a
    MemoryError the script catches, and it goes on."""
    path = write("heap_growth.py", GROWTH_SCRIPT)
    code, out, err = run([COIL, "--max-heap=64M", path])
    assert (code, out, err) == (0, GROWTH_OUT, ""), (code, out, err)


def test_max_heap_naturals_caught_then_usable():
    path = write("heap_naturals.py", NATURALS + """try:
    x = list(naturals())
except MemoryError as e:
    print("caught", type(e).__name__)
x = None
print("after", sum(range(10)), len([str(i) for i in range(100000)]))
""")
    code, out, err = run([COIL, "--max-heap", "32M", path], timeout=60)
    assert (code, out, err) == (0, "before\ncaught MemoryError\nafter 45 100000\n", ""), (code, out, err)


def test_max_heap_uncaught_has_traceback():
    path = write("heap_uncaught.py", NATURALS + "x = list(naturals())\n")
    code, out, err = run([COIL, "--max-heap=16M", path])
    assert code == 1 and out == "before\n", (code, out, err)
    assert err.endswith('line 7, in <module>\n    x = list(naturals())\n        ^^^^^^^^^^^^^^^^\nMemoryError\n'), err


def test_max_heap_garbage_is_collected_not_an_error():
    """Allocating far more than the limit in garbage is fine: the collector
    runs before the limit, and not at every safe point near it (the run
    stays fast with live data at about 60% of the limit)."""
    path = write("heap_churn.py", """keep = [str(i) * 4 for i in range(200000)]
total = 0
for r in range(300):
    tmp = [(i, str(i)) for i in range(10000)]
    total += len(tmp)
print(total, len(keep))
""")
    code, out, err = run([COIL, "--max-heap=48M", path], timeout=60)
    assert (code, out, err) == (0, "3000000 200000\n", ""), (code, out, err)


def test_max_heap_near_the_limit_fails_fast():
    """Live data filling the limit: the next allocation that does not fit is
    a MemoryError at once, not a crawl of collections at every safe point."""
    path = write("heap_full.py", """import time
t = time.monotonic()
keep = []
try:
    while True:
        keep.append([0] * 1000)
except MemoryError:
    n = len(keep)
keep = None
print("filled", n > 1000, time.monotonic() - t < 20)
""")
    code, out, err = run([COIL, "--max-heap=64M", path], timeout=60)
    assert (code, out, err) == (0, "filled True True\n", ""), (code, out, err)


def test_max_heap_usage_errors():
    for arg in ["--max-heap=", "--max-heap=12Q", "--max-heap=0", "--max-heap=-5"]:
        code, out, err = run([COIL, arg, "-c", "pass"])
        assert code == 2 and "--max-heap" in err, (arg, code, err)
    code, out, err = run([COIL, "--max-heap"])
    assert code == 2 and "Argument expected for the --max-heap option" in err, err


# ---------------------------------------------- --max-steps, --max-seconds

STEP_LIMITED = {
    "loop": "while True:\n    pass\n",
    "recursion": "def f(n):\n    return f(n - 1) + f(n - 2) if n > 1 else n\nf(100)\n",
    "sort": "sorted(range(3000000, 0, -1))\n",
    "sort_key": "sorted(range(3000000), key=lambda x: -x)\n",
    "join": "','.join(str(i) for i in range(10000000))\n",
    "str_repeat": "s = 'ab' * 2 ** 30\n",
    "list_repeat": "x = [0] * 10 ** 8\n",
    "list_range": "x = list(range(10 ** 8))\n",
    "pow": "x = 3 ** 100000000\n",
    "regex": "import re\nre.match(r'(a*)*b', 'a' * 40)\n",
    # lru_cache runs a miss as a frame of the interpreter (its inline call
    # path), which must charge the budget as a call does.
    "lru_cache": "import functools\n@functools.lru_cache(maxsize=0)\n"
                 "def f(n):\n    return f(n - 1) + f(n - 2) if n > 1 else n\nf(100)\n",
    "lru_cache_method": "import functools\nclass C:\n    @functools.lru_cache(maxsize=0)\n"
                        "    def f(self, n):\n        return self.f(n - 1) + self.f(n - 2) if n > 1 else n\n"
                        "C().f(100)\n",
}


def test_max_steps_stops_each_kind_of_work():
    """A loop, recursion, and one call of each long builtin: none can run
    past the budget."""
    for name, body in STEP_LIMITED.items():
        path = write("steps_%s.py" % name, "print('start')\n" + body + "print('not reached')\n")
        code, out, err = run([COIL, "--max-steps=200000", path], timeout=60)
        assert code == 1 and out == "start\n", (name, code, out, err)
        assert err.endswith("LimitExceeded: instruction limit exceeded (200000 instructions)\n"), (name, err)


def test_max_steps_not_caught_by_except_exception():
    path = write("steps_except.py", """print("start")
try:
    while True:
        pass
except Exception:
    print("caught by except Exception")
""")
    code, out, err = run([COIL, "--max-steps=100000", path])
    assert (code, out) == (1, "start\n"), (code, out, err)
    assert "line 3, in <module>" in err and "LimitExceeded" in err, err


def test_max_steps_ends_the_run_even_when_caught():
    """`except BaseException` sees it, but the run still ends at the next
    loop iteration or call, with the clean-up's own output kept."""
    path = write("steps_base.py", """try:
    while True:
        pass
except BaseException as e:
    print("caught", type(e).__name__, e)
    print("isinstance Exception:", isinstance(e, Exception))
i = 0
while True:
    i += 1
""")
    code, out, err = run([COIL, "--max-steps=100000", path])
    assert code == 1, (code, out, err)
    assert out == ("caught LimitExceeded instruction limit exceeded (100000 instructions)\n"
                   "isinstance Exception: False\n"), out
    assert err.endswith("LimitExceeded: limit already exceeded\n"), err


def test_max_steps_enough_for_a_short_program():
    path = write("steps_ok.py", "print(sum(i * i for i in range(1000)), sorted(range(100, 0, -1))[:3])\n")
    code, out, err = run([COIL, "--max-steps=1000000", path])
    assert (code, out, err) == (0, "332833500 [1, 2, 3]\n", ""), (code, out, err)


def test_max_seconds_stops_a_loop_and_a_long_builtin():
    import time
    for name, body in [("loop", "while True:\n    pass\n"),
                       ("sort", "for _ in range(1000):\n    sorted(range(3000000, 0, -1))\n"),
                       ("sleep", "import time\ntime.sleep(30)\n")]:
        path = write("seconds_%s.py" % name, "print('start')\n" + body)
        t = time.monotonic()
        code, out, err = run([COIL, "--max-seconds=0.5", path], timeout=60)
        took = time.monotonic() - t
        assert code == 1 and out == "start\n", (name, code, out, err)
        assert err.endswith("LimitExceeded: time limit exceeded (0.5 seconds)\n"), (name, err)
        assert took < 10, (name, took)


# Blocking network waits: each waits in the OS, and must still end at the
# run's deadline and on Ctrl-C (through the program's SIGINT handler).
LISTENER = """import socket
srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen()
port = srv.getsockname()[1]
"""
NETWORK_WAITS = {
    "accept": LISTENER + "print('start', flush=True)\nsrv.accept()\n",
    "accept_timeout": LISTENER + "srv.settimeout(3600)\nprint('start', flush=True)\nsrv.accept()\n",
    "recv": "import socket\na, b = socket.socketpair()\nprint('start', flush=True)\na.recv(10)\n",
    "selectors": LISTENER + "import selectors\nsel = selectors.DefaultSelector()\n"
                 "sel.register(srv, selectors.EVENT_READ)\nprint('start', flush=True)\nsel.select()\n",
    "asyncio_read": """import asyncio
async def main():
    server = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print('start', flush=True)
    await reader.read(10)
asyncio.run(main())
""",
    "asyncio_sleep_watching": """import asyncio, socket
async def main():
    a, b = socket.socketpair()
    asyncio.get_running_loop().add_reader(a, lambda: None)
    print('start', flush=True)
    await asyncio.sleep(3600)
asyncio.run(main())
""",
}


def test_max_seconds_stops_network_waits():
    import time
    for name, body in NETWORK_WAITS.items():
        path = write("seconds_net_%s.py" % name, body)
        t = time.monotonic()
        code, out, err = run([COIL, "--max-seconds=0.5", path], timeout=60)
        took = time.monotonic() - t
        assert code == 1 and out == "start\n", (name, code, out, err)
        # (asyncio.run's clean-up runs the loop again, which stops it again:
        # "limit already exceeded", with the first as its context.)
        assert "LimitExceeded: time limit exceeded (0.5 seconds)\n" in err, (name, err)
        assert err.split("\n")[-2].startswith("LimitExceeded: "), (name, err)
        assert took < 10, (name, took)


def test_ctrl_c_stops_network_waits_through_the_sigint_handler():
    """SIGINT while blocked: the program's handler runs (here it exits 3);
    with no handler, KeyboardInterrupt (exit 130)."""
    import signal
    import time
    handler = ("import signal, sys\n"
               "def on_int(signum, frame):\n    print('handler', int(signum), flush=True)\n    sys.exit(3)\n"
               "signal.signal(signal.SIGINT, on_int)\n")
    for name, body in NETWORK_WAITS.items():
        for with_handler in (True, False):
            path = write("sigint_net_%s.py" % name, (handler if with_handler else "") + body)
            # (-u: coil's print(flush=True) does not flush a pipe.)
            p = subprocess.Popen([COIL, "-u", path], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=TMP)
            try:
                assert p.stdout.readline() == b"start\n", name
                time.sleep(0.2)  # into the wait
                p.send_signal(signal.SIGINT)
                out, err = p.communicate(timeout=30)
            finally:
                p.kill()
            out, err = out.decode(), err.decode()
            if with_handler:
                assert (p.returncode, out) == (3, "handler 2\n"), (name, p.returncode, out, err)
            else:
                assert p.returncode == 130 and err.endswith("KeyboardInterrupt\n"), (name, p.returncode, err)


def test_limit_usage_errors():
    for arg in ["--max-steps=0", "--max-steps=x", "--max-seconds=0", "--max-seconds=soon"]:
        code, out, err = run([COIL, arg, "-c", "pass"])
        assert code == 2 and arg.split("=")[0] in err, (arg, code, err)


def test_help_lists_the_limits():
    code, out, err = run([COIL, "--help"])
    assert code == 0 and "--max-heap=SIZE" in out and "--max-steps=N" in out and "--max-seconds=S" in out, out


# ------------------------------------------------ deep and huge inputs

N = 100000


def deep_sources():
    """Deeply nested source: (name, text, expected last line of stderr)."""
    nested = "too many nested parentheses"
    stack = "Parser stack overflowed - Python source too complex to parse"
    compile_depth = "RecursionError: maximum recursion depth exceeded during compilation"
    return [
        ("parens", "x = " + "(" * N + "1" + ")" * N, "SyntaxError: " + nested),
        ("brackets", "x = " + "[" * N + "]" * N, "SyntaxError: " + nested),
        ("braces", "x = " + "{" * N + "}" * N, "SyntaxError: " + nested),
        ("call_parens", "f" + "(" * N, "SyntaxError: " + nested),
        ("unary", "x = " + "-" * N + "1", "SyntaxError: " + stack),
        ("not", "x = " + "not " * N + "1", "SyntaxError: " + stack),
        ("power", "x = " + "**".join(["2"] * N), "SyntaxError: " + stack),
        ("lambda", "x = " + "lambda: " * N + "1", "SyntaxError: " + stack),
        ("ifexp", "x = " + "1 if 1 else " * N + "1", "SyntaxError: " + stack),
        ("binop", "x = " + "+".join(["1"] * N), compile_depth),
        ("attr", "x = a" + ".b" * N, compile_depth),
        ("calls", "x = f" + "()" * N, compile_depth),
        ("subscript", "x = a" + "[0]" * N, compile_depth),
        ("blocks", "".join(" " * i + "if 1:\n" for i in range(1000)) + " " * 1000 + "pass",
         "IndentationError: too many levels of indentation"),
    ]


def test_deep_source_is_a_clean_error():
    for name, text, last in deep_sources():
        path = write("deep_src_%s.py" % name, text + "\n")
        code, out, err = run([COIL, path], timeout=60)
        assert code == 1, (name, code, err[-300:])
        assert err.rstrip("\n").split("\n")[-1] == last, (name, err[-300:])


def test_huge_lines_and_literals():
    path = write("huge.py", "\n".join([
        "s = '" + "a" * 5000000 + "'",
        "n = " + "9" * 50000,
        "t = (" + ",".join(["1"] * 200000) + ")",
        "c = " + " ".join(["'ab'"] * 100000),
        "x = 1 and " + " and ".join(["1"] * 50000),
        "y = 1 < " + " < ".join(["2"] * 50000),
        "print(len(s), n % 1000, len(t), len(c), x, y)",
    ]) + "\n")
    code, out, err = run([COIL, path], timeout=60)
    assert (code, out, err) == (0, "5000000 999 200000 200000 1 False\n", ""), (code, out, err[-300:])


DEEP_NESTED = "x = []\nfor i in range(%d):\n    x = [x]\n" % N
DEEP_RECURSION = {
    # Each goes through native code calling back into Python (or native
    # recursion over a nested structure) 100,000 deep.
    "repr": "class A:\n    def __repr__(self):\n        return repr(A())\nrepr(A())\n",
    "str": "class A:\n    def __str__(self):\n        return str(A())\nstr(A())\n",
    "eq": "class A:\n    def __eq__(self, o):\n        return A() == A()\nA() == A()\n",
    "hash": "class A:\n    def __hash__(self):\n        return hash(A())\nhash(A())\n",
    "len": "class A:\n    def __len__(self):\n        return len(A())\nlen(A())\n",
    "iter": "class A:\n    def __iter__(self):\n        return iter(A())\niter(A())\n",
    "bool": "class A:\n    def __bool__(self):\n        return bool(A())\nbool(A())\n",
    "getattr": "class A:\n    def __getattr__(self, n):\n        return getattr(A(), n)\nA().x\n",
    "getitem": "class A:\n    def __getitem__(self, i):\n        return A()[i]\nA()[0]\n",
    "format": "class A:\n    def __format__(self, s):\n        return format(A(), s)\nformat(A(), '')\n",
    "init": "class A:\n    def __init__(self):\n        A()\nA()\n",
    "sorted_key": "def k(x):\n    return sorted([1, 2], key=k)[0]\nsorted([1, 2], key=k)\n",
    "sorted_lt": "class A:\n    def __lt__(self, o):\n        return sorted([A(), A()]) and True\nsorted([A(), A()])\n",
    "raised_limit": "import sys\nsys.setrecursionlimit(1000000)\nclass A:\n    def __repr__(self):\n"
                    "        return repr(A())\nrepr(A())\n",
    "generator_chain": "g = iter([1])\nfor i in range(%d):\n    g = (x for x in g)\nprint(list(g))\n" % N,
    "map_chain": "x = [1]\nfor i in range(%d):\n    x = map(abs, x)\nprint(list(x))\n" % N,
    "filter_chain": "x = [1]\nfor i in range(%d):\n    x = filter(None, x)\nprint(list(x))\n" % N,
    "zip_chain": "x = [1]\nfor i in range(%d):\n    x = zip(x)\nprint(len(list(x)))\n" % N,
    "enumerate_chain": "x = [1]\nfor i in range(%d):\n    x = enumerate(x)\nprint(len(list(x)))\n" % N,
    "repr_list": DEEP_NESTED + "repr(x)\n",
    "str_list": DEEP_NESTED + "str(x)\n",
    "eq_list": DEEP_NESTED + "y = []\nfor i in range(%d):\n    y = [y]\nx == y\n" % N,
    "hash_tuple": "x = ()\nfor i in range(%d):\n    x = (x,)\nhash(x)\n" % N,
    "repr_dict": "x = {}\nfor i in range(%d):\n    x = {1: x}\nrepr(x)\n" % N,
    "json_dumps": "import json\n" + DEEP_NESTED + "json.dumps(x)\n",
    "deepcopy": "import copy\n" + DEEP_NESTED + "copy.deepcopy(x)\n",
    "pprint": "import pprint\n" + DEEP_NESTED + "pprint.pformat(x)\n",
    "isinstance": "x = int\nfor i in range(%d):\n    x = (x,)\nisinstance(1, x)\n" % N,
}


def test_deep_recursion_through_native_code_is_recursion_error():
    """100,000 deep: a RecursionError (caught and reported by the script),
    never a C++ stack overflow; the VM goes on after it. A chain of
    generators may also just work (resuming one never recurses in C++)."""
    for name, body in DEEP_RECURSION.items():
        text = "try:\n" + "".join("    " + l + "\n" for l in body.rstrip("\n").split("\n"))
        text += "except RecursionError as e:\n    print('RecursionError')\nprint('after', sum(range(10)))\n"
        path = write("deep_rt_%s.py" % name, text)
        code, out, err = run([COIL, path], timeout=120)
        assert code == 0, (name, code, out[-200:], err[-500:])
        assert out.endswith("after 45\n"), (name, out[-200:])
        assert out == "RecursionError\nafter 45\n" or name.endswith("_chain"), (name, out[-200:])


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
