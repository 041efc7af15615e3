# re as the regex how-to walks it: groups and named groups, findall vs finditer,
# sub with functions and backrefs, split with captures, flags, lookarounds, fullmatch, escape.
import re

text = "Contact: ann@example.com, bob.smith@mail.org; phone 555-1234 or (555) 987-6543."
emails = re.findall(r"[\w.]+@([\w.]+)\.(\w+)", text)
print(emails)
for m in re.finditer(r"(?P<user>[\w.]+)@(?P<host>[\w.]+)", text):
    print(m.group(0), m.group("user"), m["host"], m.span(), m.start("host"), m.groupdict())
phone = re.compile(r"\(?(\d{3})\)?[ -]?(\d{3})-(\d{4})|(\d{3})-(\d{4})")
print([m.group() for m in phone.finditer(text)], phone.pattern[:10], phone.groups)
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "x@y and p@q"), re.sub(r"\d+", lambda m: str(int(m[0]) * 2), "a1b22c333"))
print(re.subn(r"o", "0", "foo boo"), re.sub(r"(?P<w>\w+)", r"<\g<w>>", "hi there", count=1))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"([,;])", "a,b;c"), re.split(r"\s+", " lead trail ", maxsplit=1))
print(re.match(r"\d+", "123abc").group(), re.match(r"\d+", "abc123"), re.search(r"\d+", "abc123").group())
print(re.fullmatch(r"[a-z]+\d?", "abc1") is not None, re.fullmatch(r"[a-z]+", "abc1"))
print(re.findall(r"(?i)hello", "Hello HELLO hello"), re.findall(r"^\w+", "one\ntwo\nthree", re.M), re.findall(r"a.b", "a\nb", re.S))
print(re.findall(r"\w+(?=!)", "wow! nice. yes!"), re.findall(r"(?<=\$)\d+", "$10 and $200, 30"), re.findall(r"\b(?!un)\w+able\b", "unable capable readable"))
verbose = re.compile(r"""
    (?P<year>\d{4})   # year
    -(?P<month>\d\d)  # month
    -(?P<day>\d\d)    # day
""", re.VERBOSE)
m = verbose.search("released on 2023-07-14 at noon")
print(m.groups(), m.group(1, 3), m.lastgroup, m.lastindex, m.re is verbose, m.string[m.start():m.end()])
print(re.escape("1+1=2? [yes]"), re.findall(r"(a)(b)?", "ab a"), re.findall(r"(\w)\1", "aabbcd"))
print(re.sub(r"(?m)^", "> ", "line1\nline2"), re.findall(r"\d*", "a1"), re.sub(r"x*", "-", "abc"))
print(bool(re.compile(r"colou?r", re.I).search("COLOR")), re.compile("a|b").findall("cab"), repr(re.compile(r"\d")))
m = re.search(r"(\d+)-(\d+)?", "10-")
print(m.groups(), m.groups("none"), m.group(2), m.expand(r"\1..\1"))
for bad in [r"(", r"[a-", r"a{2,1}", r"(?P<n>a)(?P<n>b)", r"\1"]:
    try:
        re.compile(bad)
    except re.error as e:
        print("re.error:", e)
