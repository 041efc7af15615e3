"""argparse with fixed argument lists: subcommands, types, choices, defaults, errors caught."""
import argparse
import contextlib
import io


def build():
    p = argparse.ArgumentParser(prog="todo", description="A tiny todo manager.")
    p.add_argument("-v", "--verbose", action="count", default=0)
    p.add_argument("--db", default="todo.json", help="storage file")
    sub = p.add_subparsers(dest="command", required=True)
    add = sub.add_parser("add", help="add an item")
    add.add_argument("text", nargs="+")
    add.add_argument("-p", "--priority", type=int, choices=range(1, 4), default=2)
    add.add_argument("--tag", action="append", default=[])
    ls = sub.add_parser("list")
    ls.add_argument("--done", action="store_true")
    ls.add_argument("--limit", type=int)
    rm = sub.add_parser("rm")
    rm.add_argument("ids", type=int, nargs="*")
    return p


parser = build()
for argv in (["add", "buy", "milk", "-p", "3", "--tag", "home", "--tag", "shop"],
             ["-vv", "--db", "x.json", "list", "--done", "--limit", "5"],
             ["rm", "1", "2", "3"],
             ["rm"]):
    ns = parser.parse_args(argv)
    print(sorted(vars(ns).items()))

for argv in (["add", "x", "-p", "9"], ["list", "--limit", "many"], [], ["frob"]):
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            parser.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code, "|", err.getvalue().strip().splitlines()[-1])

simple = argparse.ArgumentParser(prog="sum")
simple.add_argument("numbers", type=float, nargs="*", default=[0.0])
simple.add_argument("--mean", action="store_true")
args = simple.parse_args(["1", "2", "4.5", "--mean"])
print(sum(args.numbers) / len(args.numbers) if args.mean else sum(args.numbers))
known, rest = simple.parse_known_args(["3", "--unknown", "x"])
print(known.numbers, rest)
print(simple.format_usage().strip())
