# Rosetta Code "Number names" and "Spelling of ordinal numbers", done with
# divmod, recursion and string joins.
SMALL = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
         "fourteen fifteen sixteen seventeen eighteen nineteen").split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
BIG = [(10 ** 12, "trillion"), (10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand")]


def spell(n: int) -> str:
    if n < 0:
        return "minus " + spell(-n)
    if n < 20:
        return SMALL[n]
    if n < 100:
        t, u = divmod(n, 10)
        return TENS[t] + ("-" + SMALL[u] if u else "")
    if n < 1000:
        h, r = divmod(n, 100)
        return SMALL[h] + " hundred" + (" and " + spell(r) if r else "")
    for size, word in BIG:
        if n >= size:
            q, r = divmod(n, size)
            sep = ", " if r >= 100 else (" and " if r else "")
            return spell(q) + " " + word + (sep + spell(r) if r else "")
    raise AssertionError(n)


IRREGULAR = {"one": "first", "two": "second", "three": "third", "five": "fifth",
             "eight": "eighth", "nine": "ninth", "twelve": "twelfth"}


def ordinal(n: int) -> str:
    words = spell(n)
    head, sep, last = words.rpartition(" ")
    pre, dash, tail = last.rpartition("-")
    if tail in IRREGULAR:
        tail = IRREGULAR[tail]
    elif tail.endswith("y"):
        tail = tail[:-1] + "ieth"
    else:
        tail += "th"
    return head + sep + pre + dash + tail


for n in [0, 7, 13, 20, 21, 99, 100, 101, 342, 1000, 1001, 1234, 20020, 99999, 1000000,
          123456789, -45, 2 ** 40]:
    print(f"{n:>15,}: {spell(n)}")
for n in [1, 2, 3, 4, 5, 8, 9, 12, 20, 21, 42, 100, 1003, 2012]:
    print(f"{n:>5}: {ordinal(n)}")
