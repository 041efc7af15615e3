# argparse: positionals, optionals, types, defaults, choices, nargs, actions,
# subparsers, mutually exclusive groups, help and usage layout (wrapped),
# parse_known_args, and the errors (exit status 2) caught as SystemExit.
import argparse
p = argparse.ArgumentParser(prog="tool", description="A tool that does things.", epilog="See docs.")
p.add_argument("src", help="source file")
p.add_argument("dst", nargs="?", default="out.txt", help="destination (default: %(default)s)")
p.add_argument("-n", "--count", type=int, default=1, help="how many times")
p.add_argument("-v", "--verbose", action="count", default=0)
p.add_argument("--mode", choices=["fast", "slow"], default="fast")
p.add_argument("--tag", action="append", help="tags")
p.add_argument("-q", action="store_true")
p.add_argument("--no-color", dest="color", action="store_false")
p.add_argument("--version", action="version", version="%(prog)s 1.0")
p.add_argument("--nums", nargs="+", type=float)
p.add_argument("--pair", nargs=2, metavar=("A", "B"))
p.add_argument("--req", required=False)
print(p.parse_args(["in.txt"]))
print(p.parse_args(["in.txt", "o", "-n", "3", "-vvv", "--mode", "slow", "--tag", "a", "--tag=b", "-q", "--no-color", "--nums", "1", "2.5", "--pair", "x", "y"]))
print(p.parse_known_args(["a", "--unknown", "x"]))
p.print_help()
p.print_usage()
sub = argparse.ArgumentParser(prog="git")
sp = sub.add_subparsers(dest="cmd", help="sub-command help")
c = sp.add_parser("commit", help="record changes")
c.add_argument("-m", "--message", required=True)
pu = sp.add_parser("push")
pu.add_argument("remote", nargs="*")
print(sub.parse_args(["commit", "-m", "hi"]))
print(sub.parse_args(["push", "origin", "main"]))
sub.print_help()
g = argparse.ArgumentParser(prog="g")
mx = g.add_mutually_exclusive_group()
mx.add_argument("--a", action="store_true")
mx.add_argument("--b", action="store_true")
g.add_argument("rest", nargs=argparse.REMAINDER)
g.print_help()
print(g.parse_args(["--a", "x", "-y"]))
import sys
for argv in [[], ["x", "-n", "abc"], ["x", "--mode", "medium"], ["x", "--pair", "1"], ["x", "--bogus"], ["--version"]]:
    try:
        p.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)
try:
    g.parse_args(["--a", "--b"])
except SystemExit as e:
    print("exit", e.code)
try:
    sub.parse_args(["commit"])
except SystemExit as e:
    print("exit", e.code)
try:
    sub.parse_args(["nope"])
except SystemExit as e:
    print("exit", e.code)
print(p.parse_args(["x", "-n-5"]).count, p.parse_args(["x", "--nums", "-1", "-2.5"]).nums)
long = argparse.ArgumentParser(prog="a_program_with_a_long_name")
for i in range(8):
    long.add_argument(f"--option-number-{i}", metavar=f"VALUE{i}", help="an option with a fairly long help text that needs wrapping across lines " * 2)
long.add_argument("positional_one")
long.add_argument("positional_two", nargs="+")
long.print_help()

# expect: Namespace(src='in.txt', dst='out.txt', count=1, verbose=0, mode='fast', tag=None, q=False, color=True, nums=None, pair=None, req=None)
# expect: Namespace(src='in.txt', dst='o', count=3, verbose=3, mode='slow', tag=['a', 'b'], q=True, color=False, nums=[1.0, 2.5], pair=['x', 'y'], req=None)
# expect: (Namespace(src='a', dst='out.txt', count=1, verbose=0, mode='fast', tag=None, q=False, color=True, nums=None, pair=None, req=None), ['--unknown', 'x'])
# expect: usage: tool [-h] [-n COUNT] [-v] [--mode {fast,slow}] [--tag TAG] [-q]
# expect:             [--no-color] [--version] [--nums NUMS [NUMS ...]] [--pair A B]
# expect:             [--req REQ]
# expect:             src [dst]
# expect:
# expect: A tool that does things.
# expect:
# expect: positional arguments:
# expect:   src                   source file
# expect:   dst                   destination (default: out.txt)
# expect:
# expect: options:
# expect:   -h, --help            show this help message and exit
# expect:   -n COUNT, --count COUNT
# expect:                         how many times
# expect:   -v, --verbose
# expect:   --mode {fast,slow}
# expect:   --tag TAG             tags
# expect:   -q
# expect:   --no-color
# expect:   --version             show program's version number and exit
# expect:   --nums NUMS [NUMS ...]
# expect:   --pair A B
# expect:   --req REQ
# expect:
# expect: See docs.
# expect: usage: tool [-h] [-n COUNT] [-v] [--mode {fast,slow}] [--tag TAG] [-q]
# expect:             [--no-color] [--version] [--nums NUMS [NUMS ...]] [--pair A B]
# expect:             [--req REQ]
# expect:             src [dst]
# expect: Namespace(cmd='commit', message='hi')
# expect: Namespace(cmd='push', remote=['origin', 'main'])
# expect: usage: git [-h] {commit,push} ...
# expect:
# expect: positional arguments:
# expect:   {commit,push}  sub-command help
# expect:     commit       record changes
# expect:
# expect: options:
# expect:   -h, --help     show this help message and exit
# expect: usage: g [-h] [--a | --b] ...
# expect:
# expect: positional arguments:
# expect:   rest
# expect:
# expect: options:
# expect:   -h, --help  show this help message and exit
# expect:   --a
# expect:   --b
# expect: Namespace(a=True, b=False, rest=['x', '-y'])
# expect: exit 2
# expect: exit 2
# expect: exit 2
# expect: exit 2
# expect: exit 2
# expect: tool 1.0
# expect: exit 0
# expect: exit 2
# expect: exit 2
# expect: exit 2
# expect: -5 [-1.0, -2.5]
# expect: usage: a_program_with_a_long_name [-h] [--option-number-0 VALUE0]
# expect:                                   [--option-number-1 VALUE1]
# expect:                                   [--option-number-2 VALUE2]
# expect:                                   [--option-number-3 VALUE3]
# expect:                                   [--option-number-4 VALUE4]
# expect:                                   [--option-number-5 VALUE5]
# expect:                                   [--option-number-6 VALUE6]
# expect:                                   [--option-number-7 VALUE7]
# expect:                                   positional_one positional_two
# expect:                                   [positional_two ...]
# expect:
# expect: positional arguments:
# expect:   positional_one
# expect:   positional_two
# expect:
# expect: options:
# expect:   -h, --help            show this help message and exit
# expect:   --option-number-0 VALUE0
# expect:                         an option with a fairly long help text that needs
# expect:                         wrapping across lines an option with a fairly long
# expect:                         help text that needs wrapping across lines
# expect:   --option-number-1 VALUE1
# expect:                         an option with a fairly long help text that needs
# expect:                         wrapping across lines an option with a fairly long
# expect:                         help text that needs wrapping across lines
# expect:   --option-number-2 VALUE2
# expect:                         an option with a fairly long help text that needs
# expect:                         wrapping across lines an option with a fairly long
# expect:                         help text that needs wrapping across lines
# expect:   --option-number-3 VALUE3
# expect:                         an option with a fairly long help text that needs
# expect:                         wrapping across lines an option with a fairly long
# expect:                         help text that needs wrapping across lines
# expect:   --option-number-4 VALUE4
# expect:                         an option with a fairly long help text that needs
# expect:                         wrapping across lines an option with a fairly long
# expect:                         help text that needs wrapping across lines
# expect:   --option-number-5 VALUE5
# expect:                         an option with a fairly long help text that needs
# expect:                         wrapping across lines an option with a fairly long
# expect:                         help text that needs wrapping across lines
# expect:   --option-number-6 VALUE6
# expect:                         an option with a fairly long help text that needs
# expect:                         wrapping across lines an option with a fairly long
# expect:                         help text that needs wrapping across lines
# expect:   --option-number-7 VALUE7
# expect:                         an option with a fairly long help text that needs
# expect:                         wrapping across lines an option with a fairly long
# expect:                         help text that needs wrapping across lines
# expect stderr: usage: tool [-h] [-n COUNT] [-v] [--mode {fast,slow}] [--tag TAG] [-q]
# expect stderr: [--no-color] [--version] [--nums NUMS [NUMS ...]] [--pair A B]
# expect stderr: [--req REQ]
# expect stderr: src [dst]
# expect stderr: tool: error: the following arguments are required: src
# expect stderr: usage: tool [-h] [-n COUNT] [-v] [--mode {fast,slow}] [--tag TAG] [-q]
# expect stderr: [--no-color] [--version] [--nums NUMS [NUMS ...]] [--pair A B]
# expect stderr: [--req REQ]
# expect stderr: src [dst]
# expect stderr: tool: error: argument -n/--count: invalid int value: 'abc'
# expect stderr: usage: tool [-h] [-n COUNT] [-v] [--mode {fast,slow}] [--tag TAG] [-q]
# expect stderr: [--no-color] [--version] [--nums NUMS [NUMS ...]] [--pair A B]
# expect stderr: [--req REQ]
# expect stderr: src [dst]
# expect stderr: tool: error: argument --mode: invalid choice: 'medium' (choose from 'fast', 'slow')
# expect stderr: usage: tool [-h] [-n COUNT] [-v] [--mode {fast,slow}] [--tag TAG] [-q]
# expect stderr: [--no-color] [--version] [--nums NUMS [NUMS ...]] [--pair A B]
# expect stderr: [--req REQ]
# expect stderr: src [dst]
# expect stderr: tool: error: argument --pair: expected 2 arguments
# expect stderr: usage: tool [-h] [-n COUNT] [-v] [--mode {fast,slow}] [--tag TAG] [-q]
# expect stderr: [--no-color] [--version] [--nums NUMS [NUMS ...]] [--pair A B]
# expect stderr: [--req REQ]
# expect stderr: src [dst]
# expect stderr: tool: error: unrecognized arguments: --bogus
# expect stderr: usage: g [-h] [--a | --b] ...
# expect stderr: g: error: argument --b: not allowed with argument --a
# expect stderr: usage: git commit [-h] -m MESSAGE
# expect stderr: git commit: error: the following arguments are required: -m/--message
# expect stderr: usage: git [-h] {commit,push} ...
# expect stderr: git: error: argument cmd: invalid choice: 'nope' (choose from 'commit', 'push')
