#!/usr/bin/env python3
"""Every statement in every context: a table-driven family of programs.

A bug like "bare `except:` does not compile inside a coroutine" hides in one
cell of a table whose rows are the statements of the language and whose
columns are the places a statement can stand (module level, a function, a
closure, a method, a class body, a generator, a coroutine, an async
generator, a loop, each clause of `try`, `with`, `if`, a `match` case...).
This script writes one program per cell, runs it under coil and python3 and
reports every cell where stdout, the exit status or the last line of stderr
(the exception or SyntaxError message) differ. Statements that are illegal
in a context (`return` at module level, `nonlocal` outside a closure, `await`
outside `async def`, `break` outside a loop) are cells too: both must reject
them with the same error.

The REPL is a context too: `repl_<ctx>` types the `<ctx>` program at coil's
interactive prompt (`coil -q -i`, stdin a pipe), one top-level statement per
input and a blank line after each compound statement, as a user would. The
reference is `python3 -q -i` on the same input, and the whole transcript is
compared: stdout (echoed values and prints) and stderr (the `>>> `/`... `
prompts, which show how the input was grouped into statements, and every
traceback and SyntaxError). A pipe, not a pseudo-terminal, is the fair
comparison: python3 runs the same interactive loop for a pipe as for a tty
(`-i` forces it; the same tokenizer, `single`-mode compile, displayhook echo,
`_`, blank-line rule and error recovery), only the line reader differs, and
on a tty the transcript would be the two line editors' renderings (GNU
readline's and libedit's escape sequences, echoed keystrokes, prompts on
stdout) mixed with the program's output. Line editing is
tests/cli/test_repl_pty.py's subject. One deliberate difference: coil's REPL
is `python3 -m asyncio`'s where asyncio is concerned (top-level `await`; once
asyncio is imported every input runs as a task on one loop, so
`asyncio.run()` at the prompt is an error), so a program that uses asyncio is
compared with `python3 -m asyncio` instead. That console writes its prompts
to stdout and its tracebacks start inside asyncio's own frames, so there
stdout is compared without the prompts and stderr by its exception and
SyntaxError lines.

  tests/fuzz/contexts.py --coil build/coil            # the whole table
  tests/fuzz/contexts.py --coil build/coil --show assign:classbody
  tests/fuzz/contexts.py --coil build/coil --show assign:repl_for_loop
"""

import argparse
import concurrent.futures
import os
import re
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

TIMEOUT = 20

# ---- statements: name -> source (printing what it computed) ----------------

STATEMENTS = {
    "assign": """
        a = 1
        b, c = 2, 3
        d = e = [4]
        (f, g), h = (5, 6), 7
        print(a, b, c, d, e is d, f, g, h)
    """,
    "star_unpack": """
        first, *rest = [1, 2, 3]
        *init, last = "abc"
        x, *mid, y = range(5)
        print(first, rest, init, last, x, mid, y)
    """,
    "augassign": """
        n = 5
        n += 2
        n *= 3
        n //= 2
        lst = [1, 2]
        lst[0] -= 1
        lst += [3]
        dd = {"k": 1}
        dd["k"] <<= 3
        print(n, lst, dd)
    """,
    "annotated": """
        x: int = 3
        y: list
        z: "str" = "s"
        print(x, z)
    """,
    "delete": """
        v = 1
        del v
        try:
            print(v)
        except NameError as e:
            print(type(e).__name__)
        d = {"k": 1, "j": 2}
        del d["k"]
        s = [1, 2, 3, 4]
        del s[::2], s[0]
        print(d, s)
    """,
    "if_elif": """
        for k in (0, 1, 2):
            if k == 0:
                print("zero")
            elif k == 1:
                print("one")
            else:
                print("other")
        print("yes" if k else "no", k and "and", k or "or")
    """,
    "for_else": """
        for i in range(3):
            if i == 5:
                break
        else:
            print("no break", i)
        for i in range(3):
            if i == 1:
                break
        else:
            print("not reached")
        print("after", i)
    """,
    "while_else": """
        i = 0
        while i < 5:
            i += 1
            if i % 2:
                continue
            print("even", i)
        else:
            print("done", i)
    """,
    "try_all": """
        for divisor in (1, 0):
            try:
                r = 10 // divisor
            except ZeroDivisionError as e:
                print("except", e)
            else:
                print("else", r)
            finally:
                print("finally", divisor)
    """,
    "bare_except": """
        try:
            {}["missing"]
        except:
            print("caught bare")
        try:
            try:
                raise ValueError("inner")
            except:
                raise
        except ValueError as e:
            print("reraised", e)
    """,
    "raise_from": """
        try:
            try:
                1 / 0
            except ZeroDivisionError as z:
                raise ValueError("wrapped") from z
        except ValueError as e:
            print(repr(e), type(e.__cause__).__name__, e.__suppress_context__)
        try:
            raise KeyError("k") from None
        except KeyError as e:
            print(e.__cause__, e.__suppress_context__)
    """,
    "except_star": """
        try:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
        except* ValueError as g:
            print("values", g.exceptions)
        except* TypeError as g:
            print("types", g.exceptions)
    """,
    "exc_var_cleared": """
        try:
            1 / 0
        except ZeroDivisionError as err:
            pass
        try:
            print(err)
        except NameError as e:
            print("cleared", type(e).__name__)
    """,
    "with_stmt": """
        import contextlib
        @contextlib.contextmanager
        def cm(tag):
            print("enter", tag)
            try:
                yield tag.upper()
            finally:
                print("exit", tag)
        with cm("a") as x, cm("b") as y:
            print("body", x, y)
        with contextlib.suppress(KeyError):
            {}["k"]
        print("suppressed")
    """,
    "def_nested": """
        def make(k, *args, scale=2, **kw):
            def inner(v):
                return v * scale + k
            return inner(len(args)), sorted(kw)
        print(make(1, "a", "b", x=1, w=2), make(k=5))
    """,
    "lambda_closure": """
        adders = [lambda x, i=i: x + i for i in range(3)]
        f = lambda *a, **k: (a, k)
        print([g(10) for g in adders], f(1, z=2), (lambda: "now")())
    """,
    "class_def": """
        class K:
            z = 1
            def m(self):
                return self.z + 1
            @property
            def p(self):
                return "prop"
            @staticmethod
            def s():
                return "static"
        class L(K):
            def m(self):
                return super().m() * 10
        print(K().m(), L().m(), L().p, L.s(), L.__mro__[1].__name__)
    """,
    "comprehensions": """
        base = 10
        print([i * i for i in range(4) if i % 2 == 0], {i % 3 for i in range(6)},
              {c: ord(c) for c in "ab"}, sum(i for i in range(5)))
        print([x + y for x in "ab" for y in "cd"])
        try:
            print([base + i for i in range(2)])
        except NameError as e:
            print("NameError", e)
    """,
    "walrus": """
        if (m := 3) > 2:
            print("m", m)
        data = [1, 2, 3, 4]
        print([y for x in data if (y := x * 2) > 4], y)
    """,
    "global_stmt": """
        global GLOBAL_NAME
        GLOBAL_NAME = "set"
        print(GLOBAL_NAME, globals()["GLOBAL_NAME"])
    """,
    "nonlocal_stmt": """
        nonlocal enclosing
        enclosing += 1
        print("enclosing", enclosing)
    """,
    "imports": """
        import math
        import os.path
        from collections import OrderedDict as OD
        from functools import *
        print(math.floor(2.5), os.path.basename("/a/b"), OD(a=1), reduce(lambda a, b: a + b, [1, 2]))
    """,
    "assert_stmt": """
        assert 1 == 1, "never"
        try:
            assert 1 == 2, "message"
        except AssertionError as e:
            print("assert", e)
    """,
    "return_stmt": """
        print("before return")
        return
        print("not reached")
    """,
    "yield_stmt": """
        print("before yield")
        got = yield 1
        print("after yield", got)
    """,
    "yield_from": """
        yield from range(2)
        print("delegated")
    """,
    "await_stmt": """
        import asyncio
        print("awaited", await asyncio.sleep(0, result="r"))
    """,
    "async_for_with": """
        import asyncio
        import contextlib
        @contextlib.asynccontextmanager
        async def acm():
            yield "ctx"
        async def agen():
            for i in range(2):
                yield i
        async with acm() as v:
            async for i in agen():
                print(v, i)
    """,
    "break_stmt": """
        print("before break")
        break
    """,
    "continue_stmt": """
        print("before continue")
        continue
    """,
    "match_stmt": """
        for subject in (1, [2, 3], {"k": "v"}, "s", (4, 5, 6), None):
            match subject:
                case 1:
                    print("one")
                case [a, b]:
                    print("pair", a, b)
                case {"k": val}:
                    print("map", val)
                case str() as s:
                    print("str", s)
                case (first, *others):
                    print("seq", first, others)
                case _:
                    print("default", subject)
    """,
    "fstrings": """
        width, val = 6, 3.14159
        print(f"{val:{width}.2f}|{'x'!r:>4}|{width=}|{val * 2:.1e}|{{lit}}")
    """,
    "calls_unpacking": """
        def show(a, b=2, *args, c, d=4, **kw):
            return (a, b, args, c, d, sorted(kw.items()))
        args = [1, 2, 3]
        kw = {"c": 5, "e": 6}
        print(show(*args, **kw), show(0, c=1), show(*[7], **{"c": 8, "d": 9}))
        try:
            show(1)
        except TypeError as e:
            print(e)
    """,
    "generator_expr_protocol": """
        def counter():
            total = 0
            while True:
                sent = yield total
                if sent is None:
                    return total
                total += sent
        g = counter()
        next(g)
        print(g.send(2), g.send(3))
        try:
            g.send(None)
        except StopIteration as e:
            print("returned", e.value)
    """,
    "decorators": """
        import functools
        def tag(label):
            def deco(fn):
                @functools.wraps(fn)
                def wrapper(*a, **k):
                    return f"{label}:{fn(*a, **k)}"
                return wrapper
            return deco
        @tag("outer")
        @tag("inner")
        def hello(name="w"):
            \"\"\"doc\"\"\"
            return "hi " + name
        def cls_deco(cls):
            cls.added = True
            return cls
        @cls_deco
        class D:
            pass
        print(hello(), hello.__name__, hello.__doc__, D.added)
    """,
    "super_and_class_cell": """
        class Base:
            def who(self):
                return "base"
        class Derived(Base):
            def who(self):
                return "derived+" + super().who()
            def cls(self):
                return __class__.__name__
        print(Derived().who(), Derived().cls())
    """,
    "return_in_finally": """
        def f():
            try:
                return "try"
            finally:
                print("finally runs")
        def g():
            for i in range(3):
                try:
                    if i == 1:
                        break
                finally:
                    print("cleanup", i)
            return i
        print(f(), g())
    """,
    "async_comprehension": """
        import asyncio
        async def agen():
            for i in range(3):
                await asyncio.sleep(0)
                yield i
        print([i async for i in agen()], [await asyncio.sleep(0, i) for i in range(2)])
    """,
    "generator_close": """
        def gen():
            try:
                yield 1
                yield 2
            finally:
                print("gen finally")
        g = gen()
        print(next(g))
        g.close()
        print("closed", g.gi_frame is None)
        def gen2():
            try:
                yield 1
            except GeneratorExit:
                print("got exit")
                raise
        h = gen2()
        next(h)
        h.close()
    """,
    "slices_and_stars": """
        s = list(range(8))
        s[1:3] = ["a", "b", "c"]
        s[::3] = [0] * len(s[::3])
        print(s, [*"ab", *range(2)], {*"aa", 1}, {**{"x": 1}, "y": 2}, s[-2:], s[::-2])
    """,
    "pass_ellipsis": """
        pass
        ...
        print("pass and ellipsis")
    """,
}

# ---- contexts: name -> template; BODY is replaced by the indented statement --

CONTEXTS = {
    "module": "BODY",
    "function": "def _f():\n    BODY\n_r = _f()\nprint('returned', type(_r).__name__)",
    "closure": ("def _outer():\n    enclosing = 0\n    def _inner():\n        BODY\n"
                "    _inner()\n    print('outer sees', enclosing)\n_outer()"),
    "method": "class _C:\n    def _m(self):\n        BODY\n_C()._m()",
    "classbody": "class _C:\n    BODY\nprint('class body done')",
    "generator": "def _g():\n    BODY\n    yield 'end'\nprint(list(_g()))",
    "coroutine": "import asyncio\nasync def _c():\n    BODY\nprint(asyncio.run(_c()))",
    "async_generator": ("import asyncio\nasync def _ag():\n    BODY\n    yield 'end'\n"
                        "async def _main():\n    return [x async for x in _ag()]\nprint(asyncio.run(_main()))"),
    "for_loop": "for _i in range(1):\n    BODY\nprint('loop done')",
    "while_loop": "_n = 0\nwhile _n < 1:\n    _n += 1\n    BODY\nprint('loop done')",
    "loop_in_function": "def _f():\n    for _i in range(1):\n        BODY\n    return 'f done'\nprint(_f())",
    "try_body": "try:\n    BODY\nexcept ZeroDivisionError:\n    print('zde')",
    "except_body": "try:\n    1 / 0\nexcept ZeroDivisionError:\n    BODY",
    "else_body": "try:\n    pass\nexcept KeyError:\n    pass\nelse:\n    BODY",
    "finally_body": "try:\n    print('trying')\nfinally:\n    BODY",
    "finally_in_generator": ("def _g():\n    try:\n        yield 'first'\n    finally:\n        BODY\n"
                             "print(list(_g()))"),
    "with_body": "import contextlib\nwith contextlib.nullcontext('cm'):\n    BODY",
    "if_body": "if len('x') == 1:\n    BODY\nelse:\n    pass",
    "match_case": "match [1]:\n    case [one]:\n        BODY",
    "exec_string": "exec(compile(_SRC, '<body>', 'exec'))",
    "class_in_function": ("def _f():\n    captured = 'c'\n    class _K:\n        def _m(self):\n            BODY\n"
                          "            return captured\n    return _K()._m()\nprint(_f())"),
    "async_with_body": ("import asyncio, contextlib\nasync def _c():\n    async with contextlib.AsyncExitStack():\n"
                        "        BODY\nasyncio.run(_c())"),
    "decorated_function": ("import functools\ndef _d(fn):\n    @functools.wraps(fn)\n    def w(*a):\n        return fn(*a)\n"
                           "    return w\n@_d\ndef _f():\n    BODY\nprint(_f())"),
}


# Every context is also typed at the REPL: `repl_function` is the
# `function` program entered at the prompt.
REPL = "repl_"
CONTEXTS.update({REPL + name: template for name, template in list(CONTEXTS.items())})

# Lines that continue the compound statement above them rather than start a
# new input.
CLAUSE = re.compile(r"(else|elif|except|finally)\b")


def repl_input(script):
    """The script as a user types it at the prompt: no blank lines inside a
    block (a blank line ends a compound statement at the REPL) and one after
    each top-level compound statement (the next statement right after a block
    is a SyntaxError there). `asyncio.run(x)` at the top level becomes
    `await (x)`, as the asyncio REPL's banner tells its user to write."""
    out = []
    for line in script.split("\n"):
        if not line.strip():
            continue
        if not line[0].isspace():
            if out and out[-1][0].isspace() and not CLAUSE.match(line):
                out.append("")
            line = line.replace("asyncio.run(", "await (")
        out.append(line)
    if out and out[-1][0].isspace():
        out.append("")
    return "\n".join(out) + "\n"


def program(stmt, ctx):
    if ctx.startswith(REPL):
        return repl_input(program(stmt, ctx[len(REPL):]))
    body = textwrap.dedent(STATEMENTS[stmt]).strip("\n")
    template = CONTEXTS[ctx]
    if ctx == "exec_string":
        return f"_SRC = {body + chr(10)!r}\n" + template + "\n"
    out = []
    for line in template.split("\n"):
        if "BODY" in line:
            indent = line[:line.index("BODY")]
            out.extend(indent + b if b else "" for b in body.split("\n"))
        else:
            out.append(line)
    return "\n".join(out) + "\n"


def run(argv, cwd, stdin=None):
    """(exit status, stdout, stderr) with object addresses masked: they
    differ between any two runs."""
    try:
        p = subprocess.run(argv, capture_output=True, timeout=TIMEOUT, cwd=cwd, input=stdin,
                           env={**os.environ, "PYTHONHASHSEED": "0"})
    except subprocess.TimeoutExpired:
        return ("timeout", "", "")
    strip_ids = lambda data: re.sub(r"0x[0-9a-f]+", "0x...", data.decode("utf-8", "replace"))
    return (p.returncode, strip_ids(p.stdout), strip_ids(p.stderr))


def last_line(text):
    lines = text.strip().splitlines()
    return lines[-1].strip() if lines else ""


PROMPTS = re.compile(r"(>>> |\.\.\. )+")
SUGGESTION = re.compile(r"\. Did you mean: '[^']*'\?$")
ASYNCIO_BANNER = re.compile(r"asyncio REPL |Use \"await\" directly|Type \"help\"|import asyncio$|exiting asyncio REPL")


def error_lines(stderr):
    """The exception and SyntaxError lines of a REPL transcript's stderr,
    without prompts, tracebacks' frames, source lines and carets (indented)
    or the asyncio console's banner, and without NameError's and
    AttributeError's ". Did you mean" (the console prints tracebacks through
    3.11's traceback module, which has no suggestions yet)."""
    lines = (SUGGESTION.sub("", PROMPTS.sub("", line)) for line in stderr.splitlines())
    return "".join(line + "\n" for line in lines if line and not line[0].isspace()
                   and line != "Traceback (most recent call last):" and not ASYNCIO_BANNER.match(line))


def without_codeop_leftovers(errors):
    """python3 -m asyncio's console compiles after every line (codeop), so a
    SyntaxError the compiler finds inside a block is reported at the line
    where the block first compiles, and the block's remaining lines are
    read as new inputs, each an "unexpected indent". The classic REPL, which
    coil follows, reads the whole block first (python3 -i does). Those
    leftover errors are dropped from the reference."""
    out, after_error = [], False
    for line in errors.splitlines():
        if after_error and line == "IndentationError: unexpected indent":
            continue
        after_error = line.startswith(("SyntaxError:", "IndentationError:"))
        out.append(line + "\n")
    return "".join(out)


def first_difference(what, got, want):
    g, w = got.splitlines(), want.splitlines()
    for i in range(max(len(g), len(w))):
        a = g[i] if i < len(g) else "<missing>"
        b = w[i] if i < len(w) else "<missing>"
        if a != b:
            return f"{what} line {i + 1}: {a!r} / python3 {b!r}"
    return f"{what}: {got[-40:]!r} / python3 {want[-40:]!r}"


def run_script(coil, text, d):
    path = Path(d) / "prog.py"
    path.write_text(text)
    want = run([sys.executable, str(path)], d)
    got = run(coil + [str(path)], d)
    # Scripts: the exception or SyntaxError message, the last line of stderr.
    return got, want, lambda err: last_line(err)


def run_repl(coil, text, d):
    if "asyncio" not in text:
        want = run([sys.executable, "-q", "-i"], d, text.encode())
        return run(coil + ["-q", "-i"], d, text.encode()), want, lambda err: err
    rc, out, err = run([sys.executable, "-m", "asyncio"], d, text.encode())
    got = run(coil + ["-q", "-i"], d, text.encode())
    if got[0] != "timeout":
        got = (got[0], PROMPTS.sub("", got[1]), got[2])
    return got, (rc, PROMPTS.sub("", out), without_codeop_leftovers(error_lines(err))), error_lines


def check(coil, cell):
    stmt, ctx = cell
    text = program(stmt, ctx)
    with tempfile.TemporaryDirectory(prefix="contexts") as d:
        got, want, errors = (run_repl if ctx.startswith(REPL) else run_script)(coil, text, d)
    if got[0] == "timeout":
        return cell, "timeout"
    if isinstance(got[0], int) and (got[0] < 0 or got[0] > 128):
        return cell, f"crash (status {got[0]})"
    got_err, want_err = errors(got[2]), errors(want[2])
    if got[0] != want[0] or (got[0] != 0 and got_err != want_err):
        return cell, f"exit {got[0]} / python3 {want[0]}: {last_line(got_err) or '-'!r} / {last_line(want_err) or '-'!r}"
    if got[1] != want[1]:
        return cell, first_difference("stdout", got[1], want[1])
    if ctx.startswith(REPL) and got_err != want_err:
        return cell, first_difference("stderr", got_err, want_err)
    return cell, None


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--coil", required=True)
    ap.add_argument("--coil-args", default="--virtual-time")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--show", metavar="STMT:CTX", help="print one cell's program and exit")
    ap.add_argument("--only", metavar="STMT", help="only this statement's row")
    ap.add_argument("--contexts", metavar="REGEX", help="only the contexts whose name matches")
    args = ap.parse_args()
    if args.show:
        stmt, ctx = args.show.split(":")
        sys.stdout.write(program(stmt, ctx))
        return 0
    coil = [os.path.abspath(args.coil)] + args.coil_args.split()
    cells = [(s, c) for s in STATEMENTS if not args.only or s == args.only
             for c in CONTEXTS if not args.contexts or re.search(args.contexts, c)]
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        results = list(pool.map(lambda cell: check(coil, cell), cells))
    bad = [(cell, why) for cell, why in results if why]
    for (stmt, ctx), why in bad:
        print(f"DIFF {stmt}:{ctx}  {why}")
    rows, columns = len({s for s, _ in cells}), len({c for _, c in cells})
    print(f"contexts: {rows} statements x {columns} contexts = {len(cells)} programs, "
          f"{len(bad)} differ")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
