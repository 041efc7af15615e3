#!/usr/bin/env python3
"""Benchmark coil against CPython.

Runs every bench/*.py (except run.py and _*.py) under coil and python3,
alternating the two, for --rounds rounds, and prints per benchmark the median
wall time of each and the median of the per-round ratios (coil / python),
then the geometric mean of those ratios.  A start-up benchmark compares
`coil -c pass` with `python3 -c pass`.

  bench/run.py --coil build/coil              all benchmarks
  bench/run.py --coil build/coil fib loop     only names containing fib/loop

A benchmark may pass arguments to itself with a `# bench: args ...` comment.
"""

import argparse
import os
import math
import re
import shlex
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RE_ARGS = re.compile(r"^#\s*bench:\s*args\b(.*)$", re.M)


class Failed(Exception):
    pass


def real_python(name):
    # Time the interpreter itself, not a pyenv shim or wrapper script.
    out = subprocess.run([name, "-c", "import sys; print(sys.executable)"],
                         capture_output=True, text=True, check=True)
    return out.stdout.strip()


def timed(cmd, cwd, timeout):
    """Run cmd once; return (seconds, stdout). Raise Failed on error."""
    start = time.perf_counter()
    try:
        proc = subprocess.run(cmd, cwd=cwd, stdin=subprocess.DEVNULL,
                              capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise Failed(f"timed out after {timeout:g} s")
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        err = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        how = (f"signal {-proc.returncode}" if proc.returncode < 0
               else f"exit {proc.returncode}")
        raise Failed(how + (f": {err[-1]}" if err else ""))
    return elapsed, proc.stdout


def measure(name, coil_cmd, py_cmd, rounds, cwd, timeout):
    """Alternate coil/python runs; return a result dict for the table."""
    coil_t, py_t, ratios = [], [], []
    differs = False
    try:
        for r in range(rounds):
            # Swap who goes first each round so neither always runs "warm".
            order = ("coil", "py") if r % 2 == 0 else ("py", "coil")
            got = {}
            for who in order:
                cmd = coil_cmd if who == "coil" else py_cmd
                try:
                    got[who] = timed(cmd, cwd, timeout)
                except Failed as e:
                    if who == "coil":
                        raise
                    sys.exit(f"bench: {name} fails under python3: {e}")
            coil_t.append(got["coil"][0])
            py_t.append(got["py"][0])
            ratios.append(got["coil"][0] / got["py"][0])
            differs = differs or got["coil"][1] != got["py"][1]
    except Failed as e:
        return {"name": name, "failed": str(e)}
    return {
        "name": name,
        "coil": statistics.median(coil_t),
        "py": statistics.median(py_t),
        "ratio": statistics.median(ratios),
        "differs": differs,
    }


def print_row(res):
    name = res["name"]
    if "failed" in res:
        print(f"{name:<14} {'FAILED':>10} {'':>10} {'':>8}   {res['failed']}")
    else:
        print(f"{name:<14} {res['coil'] * 1000:>10.1f} {res['py'] * 1000:>10.1f} "
              f"{res['ratio']:>7.2f}x")
        if res["differs"]:
            print(f"{'':<14} OUTPUT DIFFERS from python3")
    sys.stdout.flush()


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--coil", default="build/coil", help="coil binary (build/coil)")
    ap.add_argument("--python", default="python3", help="CPython to compare with")
    ap.add_argument("--rounds", type=int, default=5, help="rounds per benchmark (5)")
    ap.add_argument("--startup-rounds", type=int, default=20, help="start-up rounds (20)")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds per run (120)")
    ap.add_argument("names", nargs="*", help="only benchmarks whose name contains one of these")
    args = ap.parse_args()

    coil = Path(args.coil).resolve()
    if not coil.is_file():
        sys.exit(f"bench: coil binary not found: {args.coil}")
    python = real_python(args.python)

    def wanted(name):
        return not args.names or any(n in name for n in args.names)

    files = sorted(p for p in HERE.glob("*.py")
                   if p.name != "run.py" and not p.name.startswith("_") and wanted(p.stem))
    if not files and not wanted("startup") and not wanted("memory"):
        sys.exit("bench: no benchmark matches " + " ".join(args.names))

    print(f"coil:   {coil}\npython: {python}\nrounds: {args.rounds}\n")
    print(f"{'benchmark':<14} {'coil ms':>10} {'python ms':>10} {'ratio':>8}")
    print("-" * 45)

    results = []
    for path in files:
        m = RE_ARGS.search(path.read_text())
        extra = shlex.split(m.group(1)) if m else []
        res = measure(path.stem, [str(coil), path.name] + extra,
                      [python, path.name] + extra, args.rounds, HERE, args.timeout)
        print_row(res)
        results.append(res)

    ok = [r for r in results if "failed" not in r]
    if results:
        print("-" * 45)
        if ok:
            geo = math.exp(sum(math.log(r["ratio"]) for r in ok) / len(ok))
            note = f"  ({len(ok)} of {len(results)} benchmarks)" if len(ok) < len(results) else ""
            print(f"{'geometric mean':<14} {'':>10} {'':>10} {geo:>7.2f}x{note}")
        else:
            print("geometric mean: n/a (every benchmark failed)")

    # Start-up cost, reported separately (not part of the geometric mean).
    startup = None
    if wanted("startup"):
        startup = measure("startup", [str(coil), "-c", "pass"], [python, "-c", "pass"],
                          args.startup_rounds, HERE, args.timeout)
        print()
        print_row(startup)

    # Memory per suspended object: peak RSS of holding N of them minus the
    # peak RSS of the same script holding none, per object, both interpreters.
    memory_failed = False
    if wanted("memory"):
        print()
        print(f"{'memory':<14} {'coil B':>10} {'python B':>10} {'ratio':>8}")
        for script, n in [("_gen_memory.py", 1000000), ("_async_memory.py", 100000)]:
            per = {}
            for label, cmd in (("coil", [str(coil)]), ("python", [python])):
                base = peak_rss_kb(cmd + [script, "0"], HERE, args.timeout)
                full = peak_rss_kb(cmd + [script, str(n)], HERE, args.timeout)
                per[label] = None if base is None or full is None else (full - base) * 1024 / n
            name = script[1:-3]
            if per["coil"] is None or per["python"] is None:
                print(f"{name:<14} FAILED")
                memory_failed = True
            else:
                print(f"{name:<14} {per['coil']:>10.1f} {per['python']:>10.1f} "
                      f"{per['coil'] / per['python']:>7.2f}x")

    failed = [r for r in results + ([startup] if startup else []) if "failed" in r]
    return 1 if failed or memory_failed else 0


def peak_rss_kb(cmd, cwd, timeout):
    """Peak resident set size of one run of cmd, in KiB (None if it fails)."""
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _, status, usage = os.wait4(proc.pid, 0)
    except ChildProcessError:
        return None
    proc.returncode = os.waitstatus_to_exitcode(status)
    return usage.ru_maxrss if proc.returncode == 0 else None


if __name__ == "__main__":
    sys.exit(main())
