# Classic text tasks: balanced brackets, run-length encoding round trip, ROT13 and
# Caesar, anagram classes, word frequency with ties broken alphabetically, and Soundex.
import codecs
import itertools
import re
from collections import Counter, defaultdict


def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in s:
        if ch in "([{":
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack


for s in ["", "[]", "][", "[[][]]", "([)]", "{[()()]}", "(((", "a(b)c"]:
    print(f"{s!r:>12} {'OK' if balanced(s) else 'NOT OK'}")


def rle(s):
    return "".join(f"{len(list(g))}{k}" for k, g in itertools.groupby(s))


def unrle(s):
    return "".join(ch * int(n) for n, ch in re.findall(r"(\d+)(\D)", s))


src = "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW"
print(rle(src), unrle(rle(src)) == src)
print(codecs.encode("Hello, World!", "rot13"), codecs.decode("Uryyb", "rot_13"))


def caesar(s, k):
    out = []
    for ch in s:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)


msg = caesar("The Quick Brown Fox Jumps", 11)
print(msg, caesar(msg, -11))
words = "listen silent enlist google inlets banana tinsel elgoog stone tones notes onset".split()
classes = defaultdict(list)
for w in words:
    classes["".join(sorted(w))].append(w)
print(sorted((sorted(v) for v in classes.values() if len(v) > 1), key=lambda g: (-len(g), g)))
text = "It was the best of times it was the worst of times it was the age of wisdom"
freq = Counter(text.lower().split())
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
CODES = {c: str(d) for d, letters in enumerate(["aeiouyhw", "bfpv", "cgjkqsxz", "dt", "l", "mn", "r"]) for c in letters}


def soundex(name):
    name = name.lower()
    first = name[0].upper()
    digits = [CODES[c] for c in name]
    out = []
    prev = digits[0]
    for c, d in zip(name[1:], digits[1:]):
        if d != "0" and d != prev:
            out.append(d)
        if c not in "hw":
            prev = d
    return (first + "".join(out) + "000")[:4]


print({n: soundex(n) for n in ["Robert", "Rupert", "Rubin", "Ashcraft", "Tymczak", "Pfister", "Lee"]})
