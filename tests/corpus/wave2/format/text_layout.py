# String methods that layout code leans on: center/ljust/rjust with fills,
# zfill, expandtabs, splitlines, partition, title/capwords, str.translate tables.
import string

print("abc".center(9, "*"), "abc".center(8, "-"), "abcd".center(9, "."))
print("7".zfill(4), "-7".zfill(4), "+7".zfill(4), "abc".zfill(6), "-".zfill(3))
print(repr("a\tbc\td\te".expandtabs()), repr("a\tbc\td".expandtabs(3)), repr("\t".expandtabs(0)))
print("one\ntwo\r\nthree\rfour\x0bfive\x0c".splitlines())
print("x\ny\n".splitlines(keepends=True), "".splitlines(), "\n".splitlines())
print("key=value=more".partition("="), "noeq".partition("="), "a.b.c".rpartition("."))
print("hello wORLD it's o'neil".title(), string.capwords("hello   wORLD  x"))
print("Hello World".swapcase(), "ß".upper(), "ǅ".lower(), "ﬁ".upper())
table = str.maketrans("abc", "xyz", "!")
print("aabbcc!!".translate(table), "tr".translate({ord("t"): "TT", ord("r"): None}))
print("  padded\t\n".strip(), "xxhixx".strip("x"), "www.example.com".lstrip("cmowz."))
print("a,b,,c".split(","), "a b  c ".split(), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1))
print("  lead".split(" "), "1  2".split(None, 0), "x".split("x"))
print(",".join(map(str, range(5))), "-".join("abc"), "".join([]))
print("Mississippi".count("ss"), "Mississippi".find("ss", 3), "Mississippi".rfind("ss"),
      "Mississippi".index("pp"), "aaa".replace("a", "b", 2))
print("abc".startswith(("x", "a")), "abc".endswith("bc", 0, 3), "abc".startswith("b", 1))
print("Straße".casefold(), "ǅx".isupper(), "Ab".istitle(), "٣".isdigit(), "½".isnumeric(), "x1".isidentifier())
print("tab\tsep".isprintable(), "".isspace(), " \t".isspace(), "ab12".isalnum(), "abc".isascii())
print("remove_prefix".removeprefix("remove_"), "file.tar.gz".removesuffix(".gz"))
words = "the quick brown fox jumps over the lazy dog".split()
line, lines = "", []
for w in words:
    if len(line) + len(w) + 1 > 14 and line:
        lines.append(line)
        line = w
    else:
        line = (line + " " + w).strip()
lines.append(line)
for ln in lines:
    print(f"|{ln:<14}|{ln:>14}|{ln:^14}|")
