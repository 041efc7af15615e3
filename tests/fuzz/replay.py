#!/usr/bin/env python3
"""Replays the fuzzers' regression corpus (tests/fuzz/regressions/): every
input that once crashed, hung or tripped a sanitizer in a `make fuzz`
target, run through coil with the vm target's limits. Each must end as a
normal run or a Python exception (exit status 0 or 1), in time, with no
sanitizer report. Run by `make test` (and so under ASan+UBSan in CI).

    python3 tests/fuzz/replay.py --coil build/coil [DIR]
"""
import argparse
import os
import pathlib
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent
LIMITS = ["--max-steps=200000", "--max-heap=64M", "--max-seconds=20", "--virtual-time", "--random-seed", "1"]
BAD = ("AddressSanitizer", "LeakSanitizer", "runtime error:", "terminate called", "Assertion")


def replay(coil, path, cwd):
    try:
        p = subprocess.run([coil, *LIMITS, str(path)], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE, cwd=cwd, timeout=120)
    except subprocess.TimeoutExpired:
        return "hung (120 s)"
    err = p.stderr.decode(errors="replace")
    if p.returncode not in (0, 1) or any(b in err for b in BAD):
        return "exit %d\n%s" % (p.returncode, err[-2000:])
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--coil", required=True)
    ap.add_argument("dir", nargs="?", default=str(ROOT / "regressions"))
    args = ap.parse_args()
    coil = os.path.abspath(args.coil)
    inputs = sorted(p for p in pathlib.Path(args.dir).iterdir() if p.is_file() and p.suffix != ".md")
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for path in inputs:
            problem = replay(coil, path, tmp)
            if problem:
                failed += 1
                print("FAIL %s: %s" % (path.name, problem))
    print("%d inputs replayed, %d failed" % (len(inputs), failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
