"""A to-do list command line with argparse subcommands; the program runs a
list of sample command lines against one parser, including bad ones (their
errors and exit status 2 caught as SystemExit) and the help texts."""
import argparse
import sys

TODOS = []


def cmd_add(args):
    TODOS.append({"title": " ".join(args.title), "priority": args.priority, "tags": args.tag})
    print(f"added #{len(TODOS)}: {TODOS[-1]['title']} (p{args.priority})")


def cmd_list(args):
    items = [t for t in TODOS if not args.tag or args.tag in t["tags"]]
    items.sort(key=lambda t: t["priority"], reverse=args.reverse)
    for t in items[:args.limit]:
        print(f"  [p{t['priority']}] {t['title']} {' '.join('#' + x for x in t['tags'])}".rstrip())


def cmd_done(args):
    for index in sorted(args.numbers, reverse=True):
        removed = TODOS.pop(index - 1)
        print("done:", removed["title"])


def build_parser():
    parser = argparse.ArgumentParser(prog="todo", description="Keep track of things to do.")
    parser.add_argument("--version", action="version", version="%(prog)s 2.1")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    add = sub.add_parser("add", help="add a task")
    add.add_argument("title", nargs="+", help="what to do")
    add.add_argument("-p", "--priority", type=int, choices=[1, 2, 3], default=2)
    add.add_argument("-t", "--tag", action="append", default=[])
    add.set_defaults(func=cmd_add)
    lst = sub.add_parser("list", help="show tasks")
    lst.add_argument("--tag")
    lst.add_argument("--limit", type=int, default=10)
    lst.add_argument("-r", "--reverse", action="store_true")
    lst.set_defaults(func=cmd_list)
    done = sub.add_parser("done", help="finish tasks by number")
    done.add_argument("numbers", type=int, nargs="+", metavar="N")
    done.set_defaults(func=cmd_done)
    return parser


parser = build_parser()
sys.stderr = sys.stdout   # show the error messages in the output
for line in ["add buy milk -p 1 -t shop",
             "add write report --priority 3 -t work -t urgent",
             "add call mom",
             "list",
             "list --tag work",
             "list -r --limit 2",
             "done 1 3",
             "list",
             "add",
             "add x -p 9",
             "list --limit many",
             "",
             "remove 1",
             "--version"]:
    print("$ todo", line)
    try:
        args = parser.parse_args(line.split())
        args.func(args)
    except SystemExit as e:
        print("exit status", e.code)
print(parser.format_help())
print(parser._subparsers._group_actions[0].choices["add"].format_help())
