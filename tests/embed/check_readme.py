#!/usr/bin/env python3
"""Compiles and runs the README's embedding example exactly as written.

The first ```cpp block under "## Embedding" is built as a C++17 program with
-Wall -Wextra -pedantic -Werror against include/ and the library, run, and its
output compared with the README's "Output:" line (the backquoted items, in
order, one per line).
"""
import argparse
import pathlib
import re
import shlex
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent.parent


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cxx", default="g++")
    ap.add_argument("--lib", default=str(ROOT / "build/libcoil.a"))
    ap.add_argument("--libs", default="-lgmp -lcrypto -lz -licuuc -licudata")
    args = ap.parse_args()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Embedding\n"):]
    code = re.search(r"```cpp\n(.*?)```", section, re.S).group(1)
    out_text = re.search(r"Output: (.*?)\.\s*\(", section, re.S).group(1)
    expected = [" ".join(item.split()) for item in re.findall(r"`([^`]*)`", out_text)]
    with tempfile.TemporaryDirectory() as tmp:
        src = pathlib.Path(tmp) / "readme_example.cpp"
        exe = pathlib.Path(tmp) / "readme_example"
        src.write_text(code, encoding="utf-8")
        cmd = shlex.split(args.cxx) + ["-std=c++17", "-Wall", "-Wextra", "-pedantic", "-Werror",
                                       "-I", str(ROOT / "include"), str(src), args.lib,
                                       *shlex.split(args.libs), "-o", str(exe)]
        build = subprocess.run(cmd, capture_output=True, text=True)
        if build.returncode != 0:
            print("README example does not compile:\n" + build.stderr)
            print("0 passed, 1 failed")
            return 1
        run = subprocess.run([str(exe)], capture_output=True, text=True, timeout=60)
    got = run.stdout.splitlines()
    if run.returncode != 0 or got != expected:
        print(f"README example: exit {run.returncode}, output {got!r}, expected {expected!r}")
        print(run.stderr)
        print("0 passed, 1 failed")
        return 1
    print("README embedding example: compiles as written and prints what the README says")
    print("1 passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
