#!/usr/bin/env python3
"""Script test runner for coil.

Each tests/scripts/**.py file is one test; its expectations live in comments:

  # expect: TEXT                 one line of expected stdout (in file order;
                                 may trail code: `print(1)  # expect: 1`;
                                 `# expect:` alone means an empty line)
  # expect error: TEXT           compile error: exit 1, last stderr line == TEXT
  # expect runtime error: TEXT   uncaught exception: exit 1, stdout so far must
                                 match, last stderr line == TEXT
  # expect stderr: TEXT          line that must appear in stderr (in order;
                                 compared with surrounding whitespace stripped;
                                 the test's folder is removed from paths, so a
                                 traceback line reads `File "x.py", line 3, in f`)
  # expect exit: N               exit status (default 0, or 1 with the errors)
  # args: a b c                  command-line arguments (shell-like quoting)
  # coil-args: --virtual-time    options for coil itself (before the script;
                                 not passed to python3)
  # stdin: TEXT                  one line of stdin per comment
  # cpython: no                  coil-only behaviour: skipped with --cpython
  # skip: REASON                 skipped everywhere (keep this rare)

A file whose first line is `# test: module` is a helper module, not a test.
Tests run with cwd = their own folder and the basename as script path, so
sibling modules can be imported; the modules in tests/scripts/shared/ (the
preludes several folders use) are importable from every test, through
COILPATH under coil and PYTHONPATH under python3.

  tests/run.py --coil build/coil [PATHS...]     run under coil
  tests/run.py --cpython [PATHS...]             check expectations with python3
"""

import argparse
import concurrent.futures
import os
import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_DIR = Path(__file__).resolve().parent / "scripts"
SHARED_DIR = DEFAULT_DIR / "shared"

# Directive patterns; searched anywhere in a line so they can trail code.
RE_EXPECT = re.compile(r"#\s*expect:(?: (.*))?$")
RE_ERROR = re.compile(r"#\s*expect error: (.*)$")
RE_RUNTIME = re.compile(r"#\s*expect runtime error: (.*)$")
RE_STDERR = re.compile(r"#\s*expect stderr: (.*)$")
RE_EXIT = re.compile(r"#\s*expect exit: (-?\d+)\s*$")
RE_ARGS = re.compile(r"#\s*args:(?: (.*))?$")
RE_COIL_ARGS = re.compile(r"#\s*coil-args:(?: (.*))?$")
RE_STDIN = re.compile(r"#\s*stdin:(?: (.*))?$")
RE_NO_CPYTHON = re.compile(r"#\s*cpython:\s*no\b")
RE_SKIP = re.compile(r"#\s*skip: (.*)$")
RE_MODULE = re.compile(r"^#\s*test:\s*module\b")

# Sanitizer reports fail a test even when the exit status happens to match.
RE_SANITIZER = re.compile(
    r"ERROR: (AddressSanitizer|LeakSanitizer|MemorySanitizer|ThreadSanitizer)"
    r"|WARNING: ThreadSanitizer|\bruntime error: ")

STDERR_TAIL = 12


@dataclass
class Spec:
    path: Path
    stdout: list = field(default_factory=list)      # expected stdout lines
    error: str = None                               # compile error line
    runtime_error: str = None                       # uncaught exception line
    stderr: list = field(default_factory=list)      # lines expected in stderr
    exit: int = None
    args: list = field(default_factory=list)
    coil_args: list = field(default_factory=list)
    stdin: list = None
    no_cpython: bool = False
    skip: str = None

    @property
    def expected_exit(self):
        if self.exit is not None:
            return self.exit
        return 1 if (self.error is not None or self.runtime_error is not None) else 0


@dataclass
class Result:
    path: Path
    status: str                                     # pass / fail / skip
    messages: list = field(default_factory=list)


def is_module(path):
    with open(path, "rb") as f:
        first = f.readline().decode("utf-8", "replace")
    return bool(RE_MODULE.match(first))


def parse_spec(path):
    spec = Spec(path)
    text = path.read_bytes().decode("utf-8", "replace")
    for line in text.splitlines():
        if "#" not in line:
            continue
        if m := RE_EXPECT.search(line):
            spec.stdout.append(m.group(1) or "")
        elif m := RE_ERROR.search(line):
            spec.error = m.group(1).rstrip()
        elif m := RE_RUNTIME.search(line):
            spec.runtime_error = m.group(1).rstrip()
        elif m := RE_STDERR.search(line):
            spec.stderr.append(m.group(1).strip())
        elif m := RE_EXIT.search(line):
            spec.exit = int(m.group(1))
        elif m := RE_COIL_ARGS.search(line):
            spec.coil_args += shlex.split(m.group(1) or "")
        elif m := RE_ARGS.search(line):
            spec.args += shlex.split(m.group(1) or "")
        elif m := RE_STDIN.search(line):
            spec.stdin = (spec.stdin or []) + [m.group(1) or ""]
        elif RE_NO_CPYTHON.search(line):
            spec.no_cpython = True
        elif m := RE_SKIP.search(line):
            spec.skip = m.group(1).strip()
    return spec


def last_nonblank(lines):
    for line in reversed(lines):
        if line.strip():
            return line.rstrip()
    return None


def tail(text, n=STDERR_TAIL):
    lines = text.rstrip("\n").splitlines()
    return lines[-n:]


def check(spec, rc, out, err):
    """Return a list of failure messages (empty = pass)."""
    problems = []
    out_lines = out.splitlines()
    err_lines = err.splitlines()

    if rc < 0:
        problems.append(f"crashed with signal {-rc}")
    elif rc != spec.expected_exit:
        problems.append(f"exit status {rc}, expected {spec.expected_exit}")

    if RE_SANITIZER.search(err):
        problems.append("sanitizer report on stderr")

    # stdout: report the first differing line.
    if out_lines != spec.stdout:
        for i in range(max(len(out_lines), len(spec.stdout))):
            exp = spec.stdout[i] if i < len(spec.stdout) else None
            act = out_lines[i] if i < len(out_lines) else None
            if exp != act:
                problems.append(f"stdout line {i + 1} differs:")
                problems.append(f"  expected: {'<end of output>' if exp is None else repr(exp)}")
                problems.append(f"  actual:   {'<end of output>' if act is None else repr(act)}")
                break
        problems.append(f"  ({len(spec.stdout)} lines expected, {len(out_lines)} printed)")

    final = spec.error if spec.error is not None else spec.runtime_error
    if final is not None:
        last = last_nonblank(err_lines)
        if last != final:
            kind = "error" if spec.error is not None else "runtime error"
            problems.append(f"expected {kind}: {final!r}")
            problems.append(f"  last stderr line: {last!r}")

    # expect stderr: lines must appear in order (as a subsequence). Paths
    # under the test's folder are made relative (tracebacks print absolute ones).
    pos = 0
    folder = str(spec.path.parent) + os.sep
    stripped = [l.replace(folder, "").strip() for l in err_lines]
    for want in spec.stderr:
        try:
            pos = stripped.index(want, pos) + 1
        except ValueError:
            problems.append(f"stderr lacks (in order): {want!r}")
            break

    if problems and err.strip():
        problems.append("stderr (tail):")
        problems += ["  | " + l for l in tail(err)]
    return problems


def run_one(path, command, mode, timeout):
    spec = parse_spec(path)
    if spec.skip is not None:
        return Result(path, "skip", [spec.skip])
    if mode == "cpython" and spec.no_cpython:
        return Result(path, "skip", ["coil-only (# cpython: no)"])

    stdin = None
    if spec.stdin is not None:
        stdin = ("\n".join(spec.stdin) + "\n").encode()
    env = dict(os.environ)
    # Keep the tree clean and output encoding fixed whatever the locale.
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    # Local times (datetime.now() in the tutorial samples) in one zone.
    env["TZ"] = "UTC"
    for var in ("COILPATH", "PYTHONPATH"):
        env[var] = os.pathsep.join(filter(None, [str(SHARED_DIR), env.get(var)]))
    try:
        proc = subprocess.run(
            command + (spec.coil_args if mode == "coil" else []) + [path.name] + spec.args,
            cwd=path.parent,
            input=stdin,
            stdin=None if stdin is not None else subprocess.DEVNULL,
            capture_output=True,
            timeout=timeout,
            env=env,
        )
    except subprocess.TimeoutExpired:
        return Result(path, "fail", [f"timed out after {timeout:g} s"])
    except OSError as e:
        return Result(path, "fail", [f"could not run {command[0]}: {e}"])

    out = proc.stdout.decode("utf-8", "replace")
    err = proc.stderr.decode("utf-8", "replace")
    problems = check(spec, proc.returncode, out, err)
    return Result(path, "fail" if problems else "pass", problems)


def collect(paths):
    files = []
    for p in paths:
        if p.is_dir():
            for f in p.rglob("*.py"):
                if "__pycache__" not in f.parts:
                    files.append(f)
        elif p.is_file():
            files.append(p)
        else:
            sys.exit(f"run.py: no such file or directory: {p}")
    files = sorted({f.resolve() for f in files})
    return [f for f in files if not is_module(f)]


def display(path):
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument("--coil", metavar="PATH", help="coil binary to test")
    mode.add_argument("--cpython", action="store_true",
                      help="run with CPython to check the expectations")
    ap.add_argument("--python", default="python3",
                    help="CPython used by --cpython (default: python3 on PATH)")
    ap.add_argument("paths", nargs="*", type=Path, help="test files or folders")
    ap.add_argument("--timeout", type=float, default=10.0, help="seconds per test (10)")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("-v", "--verbose", action="store_true", help="list every test")
    args = ap.parse_args()

    if args.coil:
        exe = Path(args.coil).resolve()
        if not os.access(exe, os.X_OK):
            sys.exit(f"run.py: coil binary not found or not executable: {args.coil}")
        command, mode_name = [str(exe)], "coil"
    else:
        exe = shutil.which(args.python)
        if not exe:
            sys.exit(f"run.py: {args.python} not found")
        command, mode_name = [exe], "cpython"

    files = collect(args.paths or [DEFAULT_DIR])
    with concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as pool:
        results = list(pool.map(lambda f: run_one(f, command, mode_name, args.timeout), files))

    counts = {"pass": 0, "fail": 0, "skip": 0}
    for r in results:  # already in sorted file order
        counts[r.status] += 1
        if r.status == "fail":
            print(f"FAIL {display(r.path)}")
            for m in r.messages:
                print("     " + m)
        elif r.status == "skip" and (args.verbose or mode_name == "coil"
                                     or not r.messages[0].startswith("coil-only")):
            print(f"SKIP {display(r.path)}: {r.messages[0]}")
        elif args.verbose:
            print(f"PASS {display(r.path)}")

    summary = f"{counts['pass']} passed, {counts['fail']} failed"
    if counts["skip"]:
        summary += f", {counts['skip']} skipped"
    print(summary)
    return 1 if counts["fail"] else 0


if __name__ == "__main__":
    sys.exit(main())
