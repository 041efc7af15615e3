# args: data.csv --limit 5 -vv --format json --exclude a --exclude b
# A command-line tool reading its own arguments with argparse.
import argparse


def main():
    parser = argparse.ArgumentParser(description="Summarise a data file.")
    parser.add_argument("path", help="the file to read")
    parser.add_argument("--limit", type=int, default=10, help="rows to show (default: %(default)s)")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more output")
    parser.add_argument("--format", choices=["text", "json"], default="text")
    parser.add_argument("--exclude", action="append", default=[], metavar="COLUMN")
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()
    print(vars(args))
    print(args.path, args.limit, args.verbose, args.format, args.exclude, args.dry_run)


main()

# expect: {'path': 'data.csv', 'limit': 5, 'verbose': 2, 'format': 'json', 'exclude': ['a', 'b'], 'dry_run': False}
# expect: data.csv 5 2 json ['a', 'b'] False
