#!/usr/bin/env python3
"""`make install` / `make uninstall` tried as a project outside the tree would.

Installs into a temporary DESTDIR (PREFIX=/usr/local), then with
PKG_CONFIG_PATH and PKG_CONFIG_SYSROOT_DIR pointing into it:
  1. builds install/host.cpp with `c++ host.cpp $(pkg-config --cflags --libs coil)`
     (plus -Wall -Wextra -pedantic -Werror) and runs it;
  2. builds install/plugin.cpp into a shared object (which links only if
     libcoil.a is position-independent), loads it with dlopen from
     install/loader.cpp and calls the VM inside it;
  3. runs the installed `coil` command;
  4. checks the installed library carries no debug info;
then `make uninstall` must leave no file behind.
The hosts link against the library already built, so this takes seconds.
"""
import argparse
import os
import pathlib
import shlex
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
PREFIX = "/usr/local"


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--make", default="make")
    ap.add_argument("--cxx", default="c++")
    ap.add_argument("--extra-libs", default="", help="e.g. the sanitizer flags of the build")
    args = ap.parse_args()
    passed = failed = 0

    def check(ok, what, detail=""):
        nonlocal passed, failed
        if ok:
            passed += 1
        else:
            failed += 1
            print(f"FAIL {what}\n{detail}")

    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        dest = tmp / "stage"
        make = shlex.split(args.make) + ["-s", "-C", str(ROOT), f"DESTDIR={dest}", f"PREFIX={PREFIX}"]
        r = run(make + ["install"])
        check(r.returncode == 0, "make install", r.stdout + r.stderr)
        if r.returncode != 0:
            print(f"{passed} passed, {failed} failed")
            return 1
        root = dest / PREFIX.lstrip("/")
        installed = sorted(str(p.relative_to(dest)) for p in dest.rglob("*") if p.is_file())
        for want in ["usr/local/bin/coil", "usr/local/lib/libcoil.a",
                     "usr/local/lib/pkgconfig/coil.pc", "usr/local/include/coil/coil.hpp"]:
            check(want in installed, f"installed {want}", f"installed: {installed}")

        env = dict(os.environ, PKG_CONFIG_PATH=str(root / "lib/pkgconfig"),
                   PKG_CONFIG_SYSROOT_DIR=str(dest))
        pc = run(["pkg-config", "--cflags", "--libs", "coil"], env=env)
        check(pc.returncode == 0, "pkg-config --cflags --libs coil", pc.stderr)
        flags = shlex.split(pc.stdout) + shlex.split(args.extra_libs)
        cxx = shlex.split(args.cxx)
        warn = ["-Wall", "-Wextra", "-pedantic", "-Werror"]

        host = tmp / "host"
        b = run(cxx + warn + [str(HERE / "install/host.cpp")] + flags + ["-o", str(host)])
        check(b.returncode == 0, "c++ host.cpp $(pkg-config --cflags --libs coil)", b.stderr)
        if b.returncode == 0:
            h = run([str(host)], timeout=60)
            check(h.returncode == 0 and h.stdout == "installed coil 12.57\narea(10) = 314.16\n",
                  "the host's output", h.stdout + h.stderr)

        plugin = tmp / "plugin.so"
        b = run(cxx + warn + ["-shared", "-fPIC", str(HERE / "install/plugin.cpp")] + flags
                + ["-o", str(plugin)])
        check(b.returncode == 0, "a shared object with libcoil.a linked in", b.stderr)
        loader = tmp / "loader"
        b2 = run(cxx + warn + [str(HERE / "install/loader.cpp"), "-ldl"] + shlex.split(args.extra_libs)
                 + ["-o", str(loader)])
        check(b2.returncode == 0, "the loader", b2.stderr)
        if b.returncode == 0 and b2.returncode == 0:
            p = run([str(loader), str(plugin)], timeout=60)
            want = "plugin: [('a', 1), ('b', 2)]\nplugin: ZeroDivisionError: division by zero\n"
            check(p.returncode == 0 and p.stdout == want, "coil inside a dlopen'ed plugin",
                  p.stdout + p.stderr)

        c = run([str(root / "bin/coil"), "-c", "print(sum(range(10)))"], timeout=60)
        check(c.stdout == "45\n", "the installed coil command", c.stdout + c.stderr)

        sections = run(["objdump", "-h", str(root / "lib/libcoil.a")])
        check(sections.returncode == 0 and ".debug_info" not in sections.stdout,
              "installed libcoil.a without debug info", sections.stderr)

        r = run(make + ["uninstall"])
        check(r.returncode == 0, "make uninstall", r.stdout + r.stderr)
        left = [str(p.relative_to(dest)) for p in dest.rglob("*") if p.is_file()]
        check(not left, "nothing left after make uninstall", f"left: {left}")

    print(f"install: make install into a DESTDIR, pkg-config host, dlopen plugin, uninstall")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
