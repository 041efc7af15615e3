# An argparse front end parsed from fixed argument lists: types, choices,
# nargs, mutually exclusive groups, subcommands, defaults, and errors (caught SystemExit).
import argparse
import contextlib
import io

parser = argparse.ArgumentParser(prog="imgtool", description="Resize and convert images.")
parser.add_argument("inputs", nargs="+", help="input files")
parser.add_argument("-s", "--size", type=int, default=100, help="target size in px (default: %(default)s)")
parser.add_argument("-f", "--format", choices=["png", "jpg", "gif"], default="png")
parser.add_argument("-v", "--verbose", action="count", default=0)
parser.add_argument("--tag", action="append", dest="tags", metavar="TAG")
parser.add_argument("--dry-run", action="store_true")
group = parser.add_mutually_exclusive_group()
group.add_argument("--quiet", action="store_true")
group.add_argument("--loud", action="store_true")

for argv in [["a.png"], ["a.png", "b.png", "-s", "64", "-vv", "--tag", "x", "--tag", "y", "--dry-run"],
             ["-f", "jpg", "c.gif", "--loud"], ["x", "--size=12", "-v"]]:
    ns = parser.parse_args(argv)
    print(sorted(vars(ns).items()))
for argv in [[], ["a", "-s", "big"], ["a", "-f", "bmp"], ["a", "--quiet", "--loud"], ["a", "--nope"]]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        try:
            parser.parse_args(argv)
        except SystemExit as e:
            print("exit", e.code, "|", err.getvalue().strip().splitlines()[-1])
print(parser.format_usage().strip())
print(parser.format_help())
cli = argparse.ArgumentParser(prog="vcs")
sub = cli.add_subparsers(dest="command", required=True)
c = sub.add_parser("commit", help="record changes")
c.add_argument("-m", "--message", required=True)
c.add_argument("--amend", action="store_true")
p = sub.add_parser("push")
p.add_argument("remote", nargs="?", default="origin")
p.add_argument("--force", "-f", action="store_true")
for argv in [["commit", "-m", "fix"], ["push"], ["push", "upstream", "-f"]]:
    print(vars(cli.parse_args(argv)))
ns, rest = cli.parse_known_args(["push", "--extra", "x"])
print(vars(ns), rest)
