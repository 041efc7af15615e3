"""The coil command line and the REPL driven through a pipe (-i), compared
with python3 wherever python3 has the same option or behaviour.

    python3 tests/cli/test_cli.py --coil build/coil

Ends with "N passed, N failed"; exit status 1 if any failed."""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import traceback

TIMEOUT = 120
COIL = None
TMP = None
PY = sys.executable


def run(argv, stdin="", env=None, cwd=None):
    full_env = dict(os.environ)
    for k in ("COILPATH", "PYTHONPATH", "COIL_HISTORY", "PYTHONINSPECT", "PYTHONSTARTUP"):
        full_env.pop(k, None)
    full_env.update(env or {})
    p = subprocess.run(argv, input=stdin.encode(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       env=full_env, cwd=cwd or TMP, timeout=TIMEOUT)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


def normalize_python(text):
    """python3's program name and version lines, as coil's would read."""
    text = text.replace(PY, "coil").replace(os.path.realpath(PY), "coil")
    text = text.replace("Try `python -h'", "Try `coil -h'")
    return text


def drop_banner(stderr):
    lines = stderr.split("\n")
    if lines and (lines[0].startswith("coil ") or lines[0].startswith("Python ")):
        lines = lines[1:]
        if lines and lines[0].startswith("Type \"help\""):
            lines = lines[1:]
    return "\n".join(lines)


def same_as_python(args, stdin="", env=None, py_env=None, banner=False):
    """Runs coil and python3 with the same arguments; outputs must agree."""
    c = run([COIL, *args], stdin, env)
    p = run([PY, *args], stdin, py_env if py_env is not None else env)
    # python3 ends by re-raising SIGINT after a KeyboardInterrupt (a shell
    # shows 130); coil exits with 130.
    p = (130 if p[0] == -2 else p[0], p[1], p[2])
    c_err, p_err = c[2], normalize_python(p[2])
    if banner:
        c_err, p_err = drop_banner(c_err), drop_banner(p_err)
    assert c[0] == p[0], "exit status %r, python3 %r\nstderr: %s" % (c[0], p[0], c[2])
    assert c[1] == normalize_python(p[1]), "stdout:\n%s\npython3:\n%s" % (c[1], p[1])
    assert c_err == p_err, "stderr:\n%s\npython3:\n%s" % (c_err, p_err)
    return c


def write(name, text):
    path = os.path.join(TMP, name)
    with open(path, "w") as f:
        f.write(text)
    return path


# ---------------------------------------------------------------- pipe REPL

REPL_INPUT = """# a comment alone
1 + 1
if 1:
  pass
x = 1
if 1:

x
(1,

2)
1 + \\

_
if 1: 5

_
for i in range(2): i

def f():
  return 7

f()
None
_
1/0
s = '''a

b'''
s
try:
  1/0
except ZeroDivisionError:
  'caught'

def g():
  v = yield 1
  yield v * 2

it = g()
next(it)
it.send(21)
match [1, 2]:
  case [a, b]:
    a + b
  case _:
    'no'

match = 3
match
case = match * 2
case
class C:
  def __repr__(self): return 'C()'

C()
[C(), None]
"""


def test_pipe_repl_matches_python():
    same_as_python(["-i"], REPL_INPUT, banner=True)


def test_pipe_repl_quiet_has_no_banner():
    rc, out, err = same_as_python(["-q", "-i"], "2 ** 10\n")
    assert out == "1024\n" and err == ">>> >>> \n", (out, err)


def test_pipe_repl_syntax_errors():
    same_as_python(["-q", "-i"], "1 +\nif x\n(]\nx = 1\nx\n'abc\n\"\"\"\n")
    # End of input inside an unfinished input runs it.
    same_as_python(["-q", "-i"], "for i in range(2):\n  i")
    same_as_python(["-q", "-i"], "(1,\n")
    # A syntax error inside an open bracket is reported at once; the lines
    # after it are new inputs.
    same_as_python(["-q", "-i"], "def f(:\n1+1\nclass C(:\n2+2\n")
    same_as_python(["-q", "-i"], "x = [1,\n2 3,\n4]\nx = [1,\n2]\nx\n")
    same_as_python(["-q", "-i"], "print((1,\n2 3))\n5\nf(1,\n  2 +\n  3)\n")


def test_pipe_repl_compile_errors_and_blocks():
    # An error the compiler finds (not the parser) has no line to show:
    # "<stdin>" is no file to read it back from. Same for a SyntaxWarning.
    same_as_python(["-q", "-i"], "continue\nf(x=1, x=2)\ndef g(a, a): pass\nx = 0\nx is 1\n")
    # A decorator inside a block waits for its def; a blank line after it
    # is an unindent error without a caret.
    same_as_python(["-q", "-i"], "def f():\n    @(lambda fn: fn)\n    def g(): return 5\n    return g()\n\nf()\n"
                                 "if 1:\n    @d\n\n1\n")
    # "Did you mean" looks in the input's globals.
    same_as_python(["-q", "-i"], "_dd = 1\n_df\n")


def test_pipe_repl_hooks():
    # The REPL shows values through sys.displayhook and uncaught exceptions
    # through sys.excepthook, both replaceable; a failing hook is reported.
    same_as_python(["-q", "-i"], "import sys\n"
                                 "sys.displayhook = lambda v: print('shown:', repr(v))\n"
                                 "1 + 1\nNone\n"
                                 "sys.excepthook = lambda t, v, tb: print('caught:', t.__name__, v)\n"
                                 "1/0\nundefined_name\n"
                                 "def bad(t, v, tb): raise KeyError('k')\n\n"
                                 "sys.excepthook = bad\n[][1]\n"
                                 "sys.excepthook = sys.__excepthook__\n{}[2]\n")


def test_pipe_repl_escape_warnings():
    # The parser's DeprecationWarning for "\\d" goes through the warnings
    # filters at the prompt too; made an error, it shows the line.
    same_as_python(["-q", "-i"], 'import warnings\nwarnings.simplefilter("always")\n"\\d"\n'
                                 'warnings.simplefilter("error")\nx = "\\w"\nx = 1\n')


def test_pipe_repl_exit_status():
    same_as_python(["-q", "-i"], "import sys\nsys.exit(3)\nprint('not reached')\n")
    same_as_python(["-q", "-i"], "raise SystemExit('bye')\n")
    same_as_python(["-q", "-i"], "1/0\n")  # errors do not change the status at EOF
    # The last input ended in KeyboardInterrupt: 130, as python3.
    same_as_python(["-q", "-i"], "raise KeyboardInterrupt\n")
    same_as_python(["-q", "-i"], "raise KeyboardInterrupt\n1\n")


def test_i_after_command_and_script():
    same_as_python(["-i", "-c", "x = 6"], "x * 7\n")
    same_as_python(["-i", "-c", "1/0"], "'still here'\n")
    same_as_python(["-i", "-c", "import sys; sys.exit(5)"], "'after exit'\n")
    script = write("i_script.py", "def f(n):\n    return n + 1\nprint('ran')\n")
    same_as_python(["-i", script], "f(41)\n")


def test_pipe_repl_input_reads_next_line():
    rc, out, err = run([COIL, "-q", "-i"], "name = input('? ')\nhello there\nname\n")
    assert rc == 0 and out == "? 'hello there'\n", (rc, out, err)


def test_stdin_not_a_tty_runs_as_script():
    same_as_python([], "1 + 1\nprint('script', 3)\n")
    same_as_python(["-"], "import sys\nprint(sys.argv)\n")
    same_as_python(["-", "a", "b"], "import sys\nprint(sys.argv)\n")


AWAIT_INPUT = """import asyncio
await asyncio.sleep(0.01, result=5)
x = await asyncio.sleep(0, result=7)
x
async def f(n):
    await asyncio.sleep(0.05)
    print("task done", n)
    return n * 2

t = asyncio.create_task(f(21))
t.done()
await t
t2 = asyncio.create_task(f(1))
await asyncio.sleep(0.2)
t2.done()
[await asyncio.sleep(0, result=i) for i in range(3)]
await 5
1 + 1
"""


def test_pipe_repl_top_level_await():
    # The expected output is python3 -m asyncio's (whose REPL differs only in
    # its banner and exit message).
    rc, out, err = run([COIL, "-q", "-i"], AWAIT_INPUT)
    assert rc == 0, (rc, err)
    assert out == "5\n7\nFalse\ntask done 21\n42\ntask done 1\nTrue\n[0, 1, 2]\n2\n", out
    assert "TypeError: object int can't be used in 'await' expression" in err, err
    prc, pout, perr = run([PY, "-m", "asyncio"], AWAIT_INPUT)
    # Its console writes the prompts to stdout.
    pout = re.sub(r"(>>> |\.\.\. )", "", pout).rstrip("\n") + "\n"
    assert pout == out, pout


# ---------------------------------------------------------------- options

def test_c_and_argv():
    same_as_python(["-c", "import sys; print(sys.argv)", "a", "-x", "--", "b"])
    same_as_python(["-c", "import sys; print(sys.argv)", "--", "-x"])
    same_as_python(["-cprint(5)"])
    same_as_python(["-uc", "print(6)"])


def test_syntax_warning_source_line_only_for_files():
    # The warnings module shows the line linecache finds: a file's, never
    # that of "<string>" code (eval, exec, -c).
    prog = write("warn.py", "f = lambda: 'a'()\ntry:\n    eval(\"'s'()\")\nexcept TypeError:\n    pass\n")
    same_as_python([prog])
    same_as_python(["-c", "f = lambda: 'a'()\nexec('g = lambda: (1)(2)')"])


def test_file_argv_and_exit_codes():
    prog = write("argv.py", "import sys\nprint(sys.argv[1:])\n")
    same_as_python([prog, "1", "two", "-c"])
    for body, status in [("pass\n", 0), ("1/0\n", 1), ("if x\n", 1), ("import sys\nsys.exit(7)\n", 7),
                         ("import sys\nsys.exit('bye')\n", 1), ("raise SystemExit(None)\n", 0),
                         ("raise SystemExit(True)\n", 1), ("raise KeyboardInterrupt\n", 130)]:
        path = write("status.py", body)
        rc = same_as_python([path])[0]
        assert rc == status, (body, rc)


def test_unopenable_file():
    rc, out, err = same_as_python(["/nonexistent/dir/x.py"])
    assert rc == 2 and err == "coil: can't open file '/nonexistent/dir/x.py': [Errno 2] No such file or directory\n", err
    rc, out, err = run([COIL, "no_such_file.py"])
    assert rc == 2 and "coil: can't open file '%s/no_such_file.py'" % TMP in err, err


def test_usage_errors():
    for args in (["-Z"], ["--foo"], ["-c"], ["-m"], ["-X"], ["-q", "-Z"], ["-iZ"]):
        rc = same_as_python(args)[0]
        assert rc == 2, (args, rc)


def test_help_and_version():
    rc, out, err = run([COIL, "-h"])
    assert rc == 0 and out.startswith("usage: coil [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"), out
    for opt in ("-c cmd", "-m mod", "-i ", "-q ", "-u ", "-E ", "-V ", "-X opt", "COILPATH"):
        assert opt in out, opt
    assert run([COIL, "--help"])[1] == out and run([COIL, "-?"])[1] == out
    for opt in ("-V", "--version"):
        rc, out, err = run([COIL, opt])
        assert rc == 0 and re.fullmatch(r"coil \d+\.\d+\.\d+\n", out), out
        prc, pout, _ = run([PY, opt])
        assert prc == 0 and pout.startswith("Python 3.11")


def test_virtual_time_selector_waits_move_the_clock():
    # --virtual-time: a selector's wait with a timeout looks once and moves the
    # clock on, as a sleep does, so a 1000-second wait ends at once (a real
    # wait would outlast TIMEOUT); a ready descriptor still answers.
    prog = write("vsel.py", "import selectors, socket, time\n"
                 "sel = selectors.DefaultSelector()\n"
                 "a, b = socket.socketpair()\n"
                 "sel.register(a, selectors.EVENT_READ)\n"
                 "t0 = time.monotonic()\n"
                 "print(sel.select(1000.0), 1000 <= time.monotonic() - t0 < 1001)\n"
                 "b.send(b'x')\n"
                 "print([k.fd == a.fileno() for k, ev in sel.select(1000.0)], time.monotonic() - t0 < 1001)\n")
    rc, out, err = run([COIL, "--virtual-time", prog])
    assert (rc, out, err) == (0, "[] True\n[True] True\n", ""), (rc, out, err)
    # gevent's hub waits on selectors: the tutorial's green threads, whose
    # pages answer after their own delays, print the same on either clock.
    sample = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "samples",
                          "tutorial_10_green_threads.py")
    real = run([COIL, sample])
    assert real[0] == 0 and real[1].count("bytes") == 3, real
    assert run([COIL, "--virtual-time", sample]) == real


def test_m_runs_module_as_main():
    mod_dir = os.path.join(TMP, "mods")
    os.makedirs(mod_dir, exist_ok=True)
    with open(os.path.join(mod_dir, "hello_mod.py"), "w") as f:
        f.write("import sys\nprint(__name__, sys.argv[1:])\nif __name__ == '__main__':\n    sys.exit(3)\n")
    rc = same_as_python(["-m", "hello_mod", "x", "-y"], env={"COILPATH": mod_dir},
                        py_env={"PYTHONPATH": mod_dir})[0]
    assert rc == 3
    # In the working directory too.
    rc, out, err = run([COIL, "-m", "hello_mod"], cwd=mod_dir)
    assert rc == 3 and out == "__main__ []\n", (rc, out, err)
    rc, out, err = run([COIL, "-m", "no_such_module_here"])
    assert rc == 1 and err == "coil: No module named no_such_module_here\n", err


def test_m_runs_library_module():
    # -m finds the modules compiled into coil too (VM::run_module).
    src = write("doc_mod.py", 'def double(x):\n    """\n    >>> double(2)\n    4\n    >>> double(3)\n'
                              '    7\n    """\n    return 2 * x\n')
    same_as_python(["-m", "doctest", src])
    same_as_python(["-m", "doctest", "-v", "doc_mod.py"])
    data = '{"b": [1, 2], "a": "x\\u00e9", "c": {}}\n'
    same_as_python(["-m", "json.tool"], stdin=data)
    same_as_python(["-m", "json.tool", "--sort-keys", "--indent", "2", "--no-ensure-ascii"], stdin=data)
    same_as_python(["-m", "json.tool"], stdin="{1: 2}")
    same_as_python(["-m", "json"])
    same_as_python(["-m", "timeit", "-h"])
    rc, out, err = run([COIL, "-m", "timeit", "-n", "100", "-r", "2", "1+1"])
    assert rc == 0 and re.fullmatch(r"100 loops, best of 2: [0-9.]+ [nu]?sec per loop\n", out), (rc, out, err)


def test_coilpath_and_E():
    lib = os.path.join(TMP, "lib")
    os.makedirs(lib, exist_ok=True)
    with open(os.path.join(lib, "helper_mod.py"), "w") as f:
        f.write("VALUE = 42\n")
    prog = "import helper_mod; print(helper_mod.VALUE)"
    same_as_python(["-c", prog], env={"COILPATH": lib}, py_env={"PYTHONPATH": lib})
    rc, out, err = run([COIL, "-E", "-c", prog], env={"COILPATH": lib})
    assert rc == 1 and "ModuleNotFoundError: No module named 'helper_mod'" in err, err
    prc, _, perr = run([PY, "-E", "-c", prog], env={"PYTHONPATH": lib})
    assert prc == 1 and "ModuleNotFoundError" in perr


def test_u_unbuffered():
    # With -u, output written before a crash is not lost or reordered.
    same_as_python(["-u", "-c", "import sys\nprint('out')\nsys.stderr.write('err\\n')\nprint('out2')"])


def flushed_before_input(argv):
    # The line printed before the program waits for input reaches the pipe
    # before we answer; without the flush this would wait until the timeout.
    p = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=TMP)
    try:
        first = p.stdout.readline().decode()
        second = p.stdout.readline().decode()
        p.stdin.write(b"go\n")
        p.stdin.close()
        rest = p.stdout.read().decode()
        p.wait(timeout=TIMEOUT)
    finally:
        p.kill()
    return first, second, rest


def test_flush_reaches_a_pipe():
    # print(flush=True), sys.stdout.flush() and an input() prompt push
    # buffered output through a pipe, as CPython's do (no -u).
    prog = ("import sys\nprint('one', flush=True)\nprint('two')\nsys.stdout.flush()\n"
            "x = input('prompt: ')\nprint(x)\n")
    assert flushed_before_input([COIL, "-c", prog]) == ("one\n", "two\n", "prompt: go\n")
    assert flushed_before_input([PY, "-c", prog]) == ("one\n", "two\n", "prompt: go\n")


def test_X_ast_matches_python_m_ast():
    src = write("ast_src.py", "x = f(1, y=2)\nif x:\n    pass\nelse:\n    del x[1:2]\n"
                              "async def g():\n    await h()\n[a for a in b if a]\n")
    rc, out, err = run([COIL, "-X", "ast", src])
    prc, pout, perr = run([PY, "-m", "ast", src])
    assert rc == 0 and prc == 0, (err, perr)
    assert out == pout, "coil:\n%s\npython3 -m ast:\n%s" % (out, pout)


def test_X_tokens_and_dis():
    src = write("tok_src.py", "x = (1 +\n  2)\n")
    rc, out, err = run([COIL, "-X", "tokens", src])
    assert rc == 0, err
    assert "1,0-1,1:            NAME           'x'" in out, out
    assert "ENDMARKER" in out.splitlines()[-1], out
    rc, out, err = run([COIL, "-X", "dis", "-c", "def g():\n    yield 1\n"])
    assert rc == 0 and "YIELD_VALUE" in out and "Disassembly of <code object g" in out, out
    # A syntax error is reported as when running.
    rc, out, err = run([COIL, "-X", "ast", "-c", "if x"])
    assert rc == 1 and err.endswith("SyntaxError: expected ':'\n"), err
    rc, out, err = run([COIL, "-X", "tokens", "-c", "'abc"])
    assert rc == 1 and "SyntaxError: unterminated string literal" in err, err


def main():
    global COIL, TMP
    ap = argparse.ArgumentParser()
    ap.add_argument("--coil", required=True)
    ap.add_argument("tests", nargs="*")
    ns = ap.parse_args()
    COIL = os.path.abspath(ns.coil)
    TMP = os.path.realpath(tempfile.mkdtemp(prefix="coil-cli-"))
    tests = [(n, f) for n, f in sorted(globals().items()) if n.startswith("test_") and callable(f)]
    if ns.tests:
        tests = [(n, f) for n, f in tests if any(t in n for t in ns.tests)]
    passed = failed = 0
    try:
        for name, fn in tests:
            try:
                fn()
                passed += 1
            except Exception:
                failed += 1
                print("FAIL %s" % name)
                traceback.print_exc(limit=2)
    finally:
        shutil.rmtree(TMP, ignore_errors=True)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
