"""The REPL on a real terminal (a pseudo-terminal): line editing through
libedit, prompts, echo and `_`, multi-line blocks, errors, Ctrl-C at the
prompt and during time.sleep, Ctrl-D, history across sessions (up arrow),
tab completion.

    python3 tests/cli/test_repl_pty.py --coil build/coil

Each test waits for prompts and output (never a fixed sleep) with generous
deadlines, so it stays reliable on a slow, loaded machine. Ends with
"N passed, N failed"; exit status 1 if any failed."""
import argparse
import os
import shutil
import sys
import tempfile
import time
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ptyrun import Pty, Timeout  # noqa: E402

UP = "\x1b[A"
TIMEOUT = 60.0


class Session:
    """One REPL on a pty, with its own history file."""

    def __init__(self, coil, history, args=()):
        env = dict(os.environ, COIL_HISTORY=history, TERM="xterm")
        env.pop("COILPATH", None)
        self.p = Pty([coil, *args], env=env, timeout=TIMEOUT)
        self.prompt()

    def prompt(self):
        self.p.expect(r">>> ")

    def run(self, line, *outputs):
        """Types `line`, waits for each output (regex) in order, then the prompt."""
        self.p.sendline(line)
        for out in outputs:
            self.p.expect(out)
        self.prompt()

    def exit(self):
        # Ctrl-D. On a loaded machine a ^D can land while libedit is still
        # switching the terminal mode and end up in the line as a literal
        # character (then ^D only beeps); a user would clear the line (^U)
        # and press ^D again, and so does the test.
        self.p.send("\x04")
        for _ in range(int(TIMEOUT / 5)):
            try:
                return self.p.wait(timeout=5)
            except Timeout:
                self.p.send("\x15\x04")
        return self.p.wait()

    def close(self):
        self.p.close()


def test_banner_echo_and_underscore(s):
    assert b"coil " in s.p.output, s.p.output
    s.run("6 * 7", r"\r\n42\r\n")
    s.run("_ + 1", r"\r\n43\r\n")
    s.run("None")
    s.run("_", r"\r\n43\r\n")


def test_multiline_block(s):
    s.p.sendline("for i in range(3):")
    s.p.expect(r"\.\.\. ")
    s.p.sendline("    i * 10")
    s.p.expect(r"\.\.\. ")
    s.p.sendline("")
    s.p.expect(r"\r\n0\r\n10\r\n20\r\n")
    s.prompt()


def test_error_then_continue(s):
    s.run("1/0", r"Traceback \(most recent call last\):\r\n", r'  File "<stdin>", line 1, in <module>\r\n',
          r"ZeroDivisionError: division by zero\r\n")
    s.run("x = 5")
    s.run("x", r"\r\n5\r\n")


def test_generator_state_between_inputs(s):
    s.p.sendline("def g():")
    s.p.expect(r"\.\.\. ")
    s.p.sendline("    v = yield 1")
    s.p.expect(r"\.\.\. ")
    s.p.sendline("    yield v * 2")
    s.p.expect(r"\.\.\. ")
    s.p.sendline("")
    s.prompt()
    s.run("it = g()")
    s.run("next(it)", r"\r\n1\r\n")
    s.run("it.send(21)", r"\r\n42\r\n")


def test_ctrl_c_at_prompt_discards_input(s):
    s.p.send("partial = 1")
    s.p.expect(r"partial = 1")  # echoed: the line editor has the text before Ctrl-C comes
    s.p.interrupt()
    s.p.expect(r"KeyboardInterrupt\r\n")
    s.prompt()
    # A block being typed is dropped too.
    s.p.sendline("if True:")
    s.p.expect(r"\.\.\. ")
    s.p.interrupt()
    s.p.expect(r"KeyboardInterrupt\r\n")
    s.prompt()
    s.run("'partial' in globals()", r"\r\nFalse\r\n")


def test_ctrl_c_interrupts_sleep(s):
    s.run("import time")
    # The marker shows the input is running before Ctrl-C is sent.
    s.p.sendline("print('sleep' + 'ing'); time.sleep(120); print('not reached')")
    s.p.expect(r"\r\nsleeping\r\n")
    s.p.interrupt()
    s.p.expect(r"Traceback \(most recent call last\):", timeout=20)
    s.p.expect(r'  File "<stdin>", line 1, in <module>\r\n')
    s.p.expect(r"KeyboardInterrupt\r\n")
    s.prompt()
    s.run("1 + 1", r"\r\n2\r\n")
    assert b"\nnot reached" not in s.p.output


def test_ctrl_c_interrupts_loop(s):
    s.p.sendline("print('loop' + 'ing') or any(False for _ in iter(int, 1))")
    s.p.expect(r"\r\nlooping\r\n")
    s.p.interrupt()
    s.p.expect(r"KeyboardInterrupt\r\n", timeout=20)
    s.prompt()


def test_ctrl_c_interrupts_asyncio_sleep(s):
    s.run("import asyncio")
    s.run("await asyncio.sleep(0, result='awaited')", r"\r\n'awaited'\r\n")
    s.p.sendline("print('await' + 'ing'); await asyncio.sleep(120)")
    s.p.expect(r"\r\nawaiting\r\n")
    s.p.interrupt()
    s.p.expect(r"KeyboardInterrupt\r\n", timeout=20)
    s.prompt()
    # The loop is still usable, and the interrupted input does not resume.
    s.run("await asyncio.sleep(0.01, result=3)", r"\r\n3\r\n")


def test_tab_completion(s):
    s.run("import math")
    s.run("my_variable = 99")
    s.p.send("my_va\t")  # completes to my_variable
    s.p.sendline("")
    s.p.expect(r"\r\n99\r\n")
    s.prompt()
    s.p.send("math.sqr\t")  # completes to math.sqrt(
    s.p.sendline("16)")
    s.p.expect(r"\r\n4\.0\r\n")
    s.prompt()
    s.p.send("len\t")  # a builtin: len(
    s.p.sendline("'abc')")
    s.p.expect(r"\r\n3\r\n")
    s.prompt()


def test_ctrl_d_exits_zero(s):
    status = s.exit()
    assert status == 0, status


def test_syntax_error_inside_brackets(s):
    # Reported as soon as the line is typed (python3 does the same), not
    # after more lines; the next input is then read on its own.
    s.run("def f(:", r"    def f\(:\r\n", r"          \^\r\n", r"SyntaxError: invalid syntax\r\n")
    s.run("class C(:", r"SyntaxError: invalid syntax\r\n")
    s.p.sendline("x = [1,")
    s.p.expect(r"\.\.\. ")
    s.run("2 3,", r'  File "<stdin>", line 2\r\n', r"    2 3,\r\n", r"    \^\^\^\r\n",
          r"SyntaxError: invalid syntax\. Perhaps you forgot a comma\?\r\n")
    s.p.sendline("y = (1,")
    s.p.expect(r"\.\.\. ")
    s.run("2)")
    s.run("y", r"\r\n\(1, 2\)\r\n")


def test_match_statement_block(s):
    s.p.sendline("match [1, 2]:")
    s.p.expect(r"\.\.\. ")
    s.p.sendline("    case [a, b]: a + b")
    s.p.expect(r"\.\.\. ")
    s.p.sendline("")
    s.p.expect(r"\r\n3\r\n")
    s.prompt()
    s.run("match = 7")
    s.run("match", r"\r\n7\r\n")


SINGLE = [
    test_banner_echo_and_underscore,
    test_multiline_block,
    test_error_then_continue,
    test_generator_state_between_inputs,
    test_syntax_error_inside_brackets,
    test_match_statement_block,
    test_ctrl_c_at_prompt_discards_input,
    test_ctrl_c_interrupts_sleep,
    test_ctrl_c_interrupts_loop,
    test_ctrl_c_interrupts_asyncio_sleep,
    test_tab_completion,
    test_ctrl_d_exits_zero,
]


def test_history_across_sessions(coil, tmp):
    history = os.path.join(tmp, "history_two_sessions")
    s = Session(coil, history)
    try:
        s.run("print('from', 'history', 6 * 7)", r"from history 42\r\n")
        assert s.exit() == 0
    finally:
        s.close()
    assert os.path.exists(history), "no history file written"
    s = Session(coil, history)
    try:
        s.p.send(UP)
        s.p.sendline("")
        s.p.expect(r"from history 42\r\n")
        s.prompt()
        assert s.exit() == 0
    finally:
        s.close()


def test_exit_status_from_sys_exit(coil, tmp):
    s = Session(coil, os.path.join(tmp, "h_exit"), ["-q"])
    try:
        assert b"coil " not in s.p.output, "-q still printed the banner"
        s.p.sendline("import sys; sys.exit(4)")
        assert s.p.wait() == 4
    finally:
        s.close()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--coil", required=True)
    ns = ap.parse_args()
    coil = os.path.abspath(ns.coil)
    tmp = tempfile.mkdtemp(prefix="coil-pty-")
    passed = failed = 0

    def report(name, fn):
        nonlocal passed, failed
        try:
            fn()
            passed += 1
        except Exception:
            failed += 1
            print("FAIL %s" % name)
            traceback.print_exc(limit=3)

    try:
        # The single-session tests share one REPL, in order (state carries over).
        s = Session(coil, os.path.join(tmp, "history_main"))
        try:
            for t in SINGLE:
                report(t.__name__, lambda t=t: t(s))
        finally:
            if failed:
                print("terminal output:\n%r" % s.p.output[-2000:])
            s.close()
        for t in (test_history_across_sessions, test_exit_status_from_sys_exit):
            report(t.__name__, lambda t=t: t(coil, tmp))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
