"""re cookbook: named groups, verbose patterns, substitution with functions, lookarounds, flags, split."""
import re

text = """Contact: John Smith <john.smith@example.com>, phone 555-123-4567.
Backup: jane_doe99@mail.example.org / (555) 987 6543; Date 2023-07-14, due 2023-08-01.
"""

emails = re.findall(r"[\w.]+@[\w.]+\.\w+", text)
print(emails)
phone = re.compile(r"""
    \(?(\d{3})\)?   # area code, maybe in parentheses
    [\s-]?          # separator
    (\d{3})         # exchange
    [\s-]           # separator
    (\d{4})         # number
""", re.VERBOSE)
print([m.groups() for m in phone.finditer(text)])
dates = re.compile(r"(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)")
for m in dates.finditer(text):
    print(m.group(0), m.groupdict(), m.start(), m.span("month"))
print(dates.sub(r"\g<day>/\g<month>/\g<year>", text.splitlines()[1]))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"))
print(re.sub(r"(?i)smith", "SMITH", "Smith smith SMITH"), re.subn(r"o", "0", "foo boo"))
print(re.findall(r"\b\w+(?=ing\b)", "running jumping sing king thing"))
print(re.findall(r"(?<=\$)\d+(?:\.\d\d)?", "cost $42.50, tax $3, not 7"))
print(re.findall(r"\b(?!un)\w+able\b", "unable capable unstable readable"))
print(re.split(r"[;,\s]\s*", "one, two;three  four"), re.split(r"(-)", "a-b-c", maxsplit=1))
print(bool(re.match(r"^\d+$", "123")), re.match(r"\d+", "a123"), re.search(r"\d+", "a123").group())
print(re.fullmatch(r"[A-Z][a-z]+", "Hello"), re.fullmatch(r"[A-Z][a-z]+", "Hello!"))
m = re.search(r"(\w+) (\w+)?", "single ")
print(m.groups(), m.groups("none"), m.lastindex)
print(re.findall(r"^\w+", "first line\nsecond line", re.M), re.findall(r"a.b", "a\nb", re.S))
print(re.escape("1+1=2? [yes]"), re.compile(r"x*").pattern, re.IGNORECASE | re.MULTILINE)
print(re.sub(r"(\w)(\w*)", lambda m: m[1].upper() + m[2][::-1], "hello big world"))
print(re.findall(r"(\w)\1", "bookkeeper committee"), re.findall(r"<(\w+)>.*?</\1>", "<a>x</a><b>y</b>"))
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e)
