#!/usr/bin/env python3
"""Runs the embedding samples (samples/embed/NAME.cpp, built by `make samples`
into BUILD/samples/NAME) and compares their output with samples/embed/NAME.out."""
import argparse
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent.parent


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default="build")
    args = ap.parse_args()
    passed = failed = 0
    for src in sorted((ROOT / "samples/embed").glob("*.cpp")):
        exe = ROOT / args.build / "samples" / src.stem
        want = src.with_suffix(".out").read_text(encoding="utf-8")
        r = subprocess.run([str(exe)], capture_output=True, text=True, timeout=60)
        if r.returncode == 0 and r.stdout == want:
            passed += 1
            continue
        failed += 1
        print(f"FAIL samples/embed/{src.name}: exit {r.returncode}")
        print("--- expected\n" + want + "--- got\n" + r.stdout + r.stderr)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
