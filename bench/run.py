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

Each benchmark with a target (issue 14, TARGETS below) shows its bar and
whether this run meets it (pass/MISS); groups with a geometric-mean bar get
a row of their own.  The memory rows hold N objects and report the peak RSS
difference against the same script holding none, in bytes per object.
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


# Time ratio bars (coil/python3) per benchmark, and the group each belongs to.
TARGETS = {
    "fib": ("plain", 0.35), "tak": ("plain", 0.35), "methods": ("plain", 0.35),
    "closures": ("plain", 0.35), "loop": ("plain", 0.35), "nbody": ("plain", 0.35),
    "gen_pipeline": ("generators", 0.30), "gen_send": ("generators", 0.30),
    "gen_yield_from": ("generators", 0.30),
    "async_sleep0": ("asyncio", 0.15), "async_timers": ("asyncio", 0.12),
    "list_dict": ("containers", 0.5), "str_dict": ("containers", 0.5),
    "strings": ("containers", 0.5), "str_format": ("containers", 0.5),
    # issue 12: the native modules real programs lean on, at most python3's time
    "itertools_combinatorics": ("stdlib", 1.0), "lru_cache_recursion": ("stdlib", 1.0),
    "re_text": ("stdlib", 1.0), "json_roundtrip": ("stdlib", 1.0),
}
# Geometric-mean bars per group.
GROUP_BARS = {"plain": 0.33}
# A call of a bound C++ function costs at most this many Python calls (issue 10).
NATIVE_CALL_BAR = 2.0
# Start-up: ratio bar and absolute bar (ms) for `coil -c pass`.
STARTUP_RATIO_BAR, STARTUP_MS_BAR = 0.10, 5.0
# Memory rows: (name, script, args before N, N, bar on coil's bytes per
# object or None, bar on the coil/python ratio or None).
MEMORY = [
    ("gen_suspended", "_gen_memory.py", [], 1000000, 96, None),
    ("coro_on_coro", "_coro_memory.py", ["coro"], 200000, 128, None),
    ("coro_on_future", "_coro_memory.py", ["future"], 200000, 128, None),
    ("coro_on_object", "_coro_memory.py", ["object"], 200000, 128, None),
    ("task_sleeping", "_sleep_memory.py", [], 100000, 300, None),
    ("task_on_future", "_async_memory.py", [], 100000, None, None),
    ("dict_str_keys", "_dict_memory.py", [], 1000000, None, 1.0),
]


def verdict(ok):
    return "pass" if ok else "MISS"


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


def print_row(res, bar=None, extra_ok=True):
    name = res["name"]
    if "failed" in res:
        print(f"{name:<14} {'FAILED':>10} {'':>10} {'':>8}   {res['failed']}")
    else:
        target = (f"  <= {bar:.2f}  {verdict(res['ratio'] <= bar and extra_ok)}"
                  if bar is not None else "")
        print(f"{name:<14} {res['coil'] * 1000:>10.1f} {res['py'] * 1000:>10.1f} "
              f"{res['ratio']:>7.2f}x{target}")
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
    ap.add_argument("--embed", help="the embedding benchmark host (build/bench/native_calls)")
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
    print(f"{'benchmark':<14} {'coil ms':>10} {'python ms':>10} {'ratio':>8}  {'bar':>7}")
    print("-" * 60)

    results = []
    for path in files:
        m = RE_ARGS.search(path.read_text())
        extra = shlex.split(m.group(1)) if m else []
        res = measure(path.stem, [str(coil), path.name] + extra,
                      [python, path.name] + extra, args.rounds, HERE, args.timeout)
        print_row(res, TARGETS.get(path.stem, (None, None))[1])
        results.append(res)

    ok = [r for r in results if "failed" not in r]
    if results:
        print("-" * 60)
        if ok:
            geo = geomean(ok)
            note = f"  ({len(ok)} of {len(results)} benchmarks)" if len(ok) < len(results) else ""
            print(f"{'geometric mean':<14} {'':>10} {'':>10} {geo:>7.2f}x{note}")
        else:
            print("geometric mean: n/a (every benchmark failed)")
        for group, bar in GROUP_BARS.items():
            members = [r for r in ok if TARGETS.get(r["name"], (None,))[0] == group]
            want = [n for n, (g, _) in TARGETS.items() if g == group]
            if members:
                partial = "" if len(members) == len(want) else f"  ({len(members)} of {len(want)})"
                print(f"{'geomean ' + group:<14} {'':>10} {'':>10} {geomean(members):>7.2f}x"
                      f"  <= {bar:.2f}  {verdict(geomean(members) <= bar)}{partial}")

    # Start-up cost, reported separately (not part of the geometric mean).
    startup = None
    if wanted("startup"):
        startup = measure("startup", [str(coil), "-c", "pass"], [python, "-c", "pass"],
                          args.startup_rounds, HERE, args.timeout)
        print()
        fast = "failed" not in startup and startup["coil"] * 1000 <= STARTUP_MS_BAR
        print_row(startup, STARTUP_RATIO_BAR, fast)
        print(f"{'':<14} (bar: ratio <= {STARTUP_RATIO_BAR:.2f} and coil <= {STARTUP_MS_BAR:g} ms)")

    # Memory per suspended object: peak RSS of holding N of them minus the
    # peak RSS of the same script holding none, per object, both interpreters.
    memory_failed = False
    if wanted("memory"):
        print()
        print(f"{'memory':<14} {'coil B':>10} {'python B':>10} {'ratio':>8}  {'bar':>7}")
        for name, script, pre, n, byte_bar, ratio_bar in MEMORY:
            per = {}
            for label, cmd in (("coil", [str(coil)]), ("python", [python])):
                base = peak_rss_kb(cmd + [script] + pre + ["0"], HERE, args.timeout)
                full = peak_rss_kb(cmd + [script] + pre + [str(n)], HERE, args.timeout)
                per[label] = None if base is None or full is None else (full - base) * 1024 / n
            if per["coil"] is None or per["python"] is None:
                print(f"{name:<14} FAILED")
                memory_failed = True
                continue
            ratio = per["coil"] / per["python"]
            target = ""
            if byte_bar is not None:
                target = f"  <= {byte_bar:>3} B  {verdict(per['coil'] <= byte_bar)}"
            elif ratio_bar is not None:
                target = f"  <= {ratio_bar:.2f}  {verdict(ratio <= ratio_bar)}"
            print(f"{name:<14} {per['coil']:>10.1f} {per['python']:>10.1f} {ratio:>7.2f}x{target}")

    embed_failed = False
    if args.embed and wanted("native"):
        embed_failed = not embedding_calls(args.embed, args.timeout)

    failed = [r for r in results + ([startup] if startup else []) if "failed" in r]
    return 1 if failed or memory_failed or embed_failed else 0


def embedding_calls(host, timeout):
    """Issue 10's benchmark: calls per second across the embedding API,
    from bench/embed/native_calls.cpp (its own best-of-rounds timing)."""
    print()
    print(f"{'embedding calls':<34} {'calls/s':>12}  {'bar':>7}")
    try:
        out = subprocess.run([host], capture_output=True, text=True, timeout=timeout, check=True).stdout
    except (OSError, subprocess.SubprocessError) as e:
        print(f"{'native_calls':<34} FAILED ({e})")
        return False
    figures = dict(line.split() for line in out.splitlines() if line.strip())
    for key, label in (("native_from_script_calls_per_s", "bound C++ function, from a script"),
                       ("python_from_script_calls_per_s", "Python function, from a script"),
                       ("script_from_host_calls_per_s", "Python function, from C++")):
        print(f"{label:<34} {float(figures[key]) / 1e6:>11.2f}M")
    ratio = float(figures["native_over_python_time"])
    print(f"{'C++ call / Python call (time)':<34} {ratio:>11.2f}x  <= {NATIVE_CALL_BAR:.2f}  "
          f"{verdict(ratio <= NATIVE_CALL_BAR)}")
    return True


def geomean(results):
    return math.exp(sum(math.log(r["ratio"]) for r in results) / len(results))


def peak_rss_kb(cmd, cwd, timeout):
    """Peak resident set size of one run of cmd, in KiB (None if it fails):
    the `peak_kb: N` the script prints while it holds its objects (see
    _probe.py), else the whole run's."""
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    out = proc.stdout.read().decode("utf-8", "replace")
    try:
        _, status, usage = os.wait4(proc.pid, 0)
    except ChildProcessError:
        return None
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        return None
    m = re.search(r"^peak_kb: (\d+)$", out, re.M)
    return int(m.group(1)) if m else usage.ru_maxrss


if __name__ == "__main__":
    sys.exit(main())
