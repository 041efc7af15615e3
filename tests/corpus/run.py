#!/usr/bin/env python3
"""Runs the corpus of stand-alone programs under coil and under python3 and compares them.

The corpus (tests/corpus/<category>/*.py) is a set of ordinary Python 3.11 scripts written
for this project in the style of public example collections (see README.md next to this
file). They are not script tests: they carry no expectations; python3 is the oracle.
This runner is deliberately NOT part of `make test` (many programs fail today); run it with

    python3 tests/corpus/run.py --coil build/coil [-j 2] [-v] [PATHS...]
    make corpus

For each file, both interpreters run it from the file's own folder, with stdin closed
and a timeout, and the runner prints one line:

    MATCH  same stdout, same exit status, same last stderr line (as shared/tools/pydiff)
    DIFF   both finished, but stdout / exit status / last stderr line differ
    ERROR  coil did not finish normally where python3 did: an uncaught exception or
           compile error (the last stderr line is shown), a timeout, or a signal

then a summary count. With -v the first differing lines are shown. The exit status is 0
only when everything matches. A python3 failure (the corpus file itself is wrong) is
reported as BROKEN and counted apart. (A non-zero exit status of python3 is fine: a few
programs end with sys.exit(N) or an uncaught exception on purpose.)
"""

import argparse
import concurrent.futures
import difflib
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent


@dataclass
class Run:
    stdout: str
    stderr: str
    status: int | None  # None: timed out
    signal: int = 0

    @property
    def last_err(self) -> str:
        lines = [l for l in self.stderr.splitlines() if l.strip()]
        return lines[-1].strip() if lines else ""


def run(cmd: list[str], path: Path, timeout: float) -> Run:
    try:
        p = subprocess.run(cmd + [path.name], cwd=path.parent, stdin=subprocess.DEVNULL,
                           capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired as e:
        out = (e.stdout or b"").decode("utf-8", "replace")
        return Run(out, (e.stderr or b"").decode("utf-8", "replace"), None)
    out = p.stdout.decode("utf-8", "replace")
    err = p.stderr.decode("utf-8", "replace")
    if p.returncode < 0:
        return Run(out, err, p.returncode, signal=-p.returncode)
    return Run(out, err, p.returncode)


def compare(path: Path, coil: str, timeout: float, verbose: bool) -> tuple[str, str]:
    """Returns (verdict, one-line reason plus optional detail)."""
    env_py = [sys.executable if not os.environ.get("CORPUS_PYTHON") else os.environ["CORPUS_PYTHON"]]
    py = run(env_py, path, timeout)
    if py.status is None or py.signal:
        return "BROKEN", f"python3 itself timed out or died: status {py.status}: {py.last_err}"
    co = run([coil], path, timeout)
    detail = ""
    if verbose and co.stdout != py.stdout:
        diff = difflib.unified_diff(py.stdout.splitlines(), co.stdout.splitlines(),
                                    "python3", "coil", n=1, lineterm="")
        detail = "\n" + "\n".join("      " + l for l in list(diff)[:14])
    if co.status is None:
        return "ERROR", f"timeout after {timeout:g}s" + detail
    if co.signal:
        return "ERROR", f"killed by signal {co.signal}: {co.last_err[:120]}" + detail
    if co.status != 0 and (co.status != py.status or co.last_err != py.last_err):
        return "ERROR", f"exit {co.status}: {co.last_err[:160]}" + detail
    if co.stdout != py.stdout:
        first = next((f"line {i + 1}: python3 {a!r} / coil {b!r}"
                      for i, (a, b) in enumerate(zip(py.stdout.splitlines() + ["<eof>"],
                                                     co.stdout.splitlines() + ["<eof>"]))
                      if a != b), "trailing output")
        return "DIFF", f"stdout {first[:200]}" + detail
    if co.status != py.status:
        return "DIFF", f"exit status python3 {py.status}, coil {co.status}" + detail
    if co.last_err != py.last_err:
        return "DIFF", f"stderr last line python3 {py.last_err[:80]!r}, coil {co.last_err[:80]!r}"
    return "MATCH", ""


def collect(paths: list[str]) -> list[Path]:
    files: list[Path] = []
    for p in map(Path, paths or [str(HERE)]):
        if p.is_dir():
            files.extend(f for f in sorted(p.rglob("*.py")) if f.resolve() != Path(__file__).resolve())
        else:
            files.append(p)
    return [f.resolve() for f in files]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--coil", default=str(HERE.parent.parent / "build" / "coil"))
    ap.add_argument("--timeout", type=float, default=30.0)
    ap.add_argument("-j", "--jobs", type=int, default=1)
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("paths", nargs="*")
    args = ap.parse_args()
    coil = str(Path(args.coil).resolve())
    if not os.access(coil, os.X_OK):
        print(f"run.py: {coil} is not an executable", file=sys.stderr)
        return 2
    files = collect(args.paths)
    counts: dict[str, int] = {}
    with concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as pool:
        futures = [pool.submit(compare, f, coil, args.timeout, args.verbose) for f in files]
        for f, fut in zip(files, futures):
            verdict, why = fut.result()
            counts[verdict] = counts.get(verdict, 0) + 1
            name = f.relative_to(HERE) if f.is_relative_to(HERE) else f
            print(f"{verdict:<6} {name}" + (f"  {why}" if why else ""), flush=True)
    summary = ", ".join(f"{counts.get(k, 0)} {k}" for k in ("MATCH", "DIFF", "ERROR", "BROKEN"))
    print(f"{len(files)} programs: {summary}")
    return 0 if counts.get("MATCH", 0) == len(files) else 1


if __name__ == "__main__":
    sys.exit(main())
