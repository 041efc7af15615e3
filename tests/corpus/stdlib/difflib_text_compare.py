"""Comparing two versions of a text with difflib: unified and context diffs,
ndiff with intraline hints, similarity ratios and close matches for typos."""
import difflib

OLD = """The quick brown fox
jumps over the lazy dog.
It was a sunny day.
Nobody noticed.
The end.
""".splitlines(keepends=True)

NEW = """The quick brown fox
leaps over the lazy dog.
It was a sunny day.
Everybody noticed!
The end.
Epilogue.
""".splitlines(keepends=True)

print("".join(difflib.unified_diff(OLD, NEW, fromfile="draft1.txt", tofile="draft2.txt")))
print("".join(difflib.context_diff(OLD, NEW, fromfile="draft1.txt", tofile="draft2.txt", n=1)))
print("".join(difflib.ndiff(OLD[:2], NEW[:2])))
matcher = difflib.SequenceMatcher(None, "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(matcher.ratio(), 3))
for tag, i1, i2, j1, j2 in matcher.get_opcodes():
    print(f"{tag:7} a[{i1}:{i2}] b[{j1}:{j2}]")
COMMANDS = ["commit", "checkout", "cherry-pick", "clone", "config", "status", "stash"]
for typo in ["comit", "chekout", "stats", "xyz"]:
    print(typo, "->", difflib.get_close_matches(typo, COMMANDS, n=2))
print(list(difflib.restore(difflib.ndiff(OLD, NEW), 2)) == NEW)
