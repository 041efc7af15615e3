"""A word-frequency tool configured from its command line (here: no
arguments, so every default is used), with the usage and help it would print."""
import argparse
from collections import Counter

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""


def positive(value):
    number = int(value)
    if number <= 0:
        raise argparse.ArgumentTypeError(f"{value} is not a positive number")
    return number


parser = argparse.ArgumentParser(
    description="Count the most common words of a text.",
    epilog="Words are compared case-insensitively.",
    formatter_class=argparse.ArgumentDefaultsHelpFormatter)
parser.add_argument("files", nargs="*", help="files to read (default: a built-in text)")
parser.add_argument("-n", "--top", type=positive, default=5, help="how many words")
parser.add_argument("--min-length", type=int, default=3, help="ignore shorter words")
parser.add_argument("--stop", nargs="*", default=["the", "was"], help="words to skip")
output = parser.add_mutually_exclusive_group()
output.add_argument("--csv", action="store_true", help="comma-separated output")
output.add_argument("--bars", action="store_true", help="draw bars")
args = parser.parse_args()
print(args)

words = [w.strip(",.").lower() for w in TEXT.split()]
counts = Counter(w for w in words if len(w) >= args.min_length and w not in args.stop)
for word, n in counts.most_common(args.top):
    print(f"{word},{n}" if args.csv else f"{word:12} {n}")

print(parser.format_usage(), end="")
print(parser.format_help())
for argv in (["-n", "0"], ["--csv", "--bars"], ["--top"], ["--min-length=2", "--stop", "it", "of", "-n", "3"]):
    try:
        known, rest = parser.parse_known_args(argv + ["--extra"])
        print(known.top, known.min_length, known.stop, rest)
    except SystemExit as e:
        print("exit", e.code)
