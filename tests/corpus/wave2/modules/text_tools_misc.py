# The small text modules: string.Template, shlex, html escaping, urllib.parse,
# difflib ratios and unified diffs, csv round trips through io.StringIO.
import csv
import difflib
import html
import io
import shlex
import string
from urllib.parse import urlparse, urlencode, parse_qs, quote, unquote, urljoin, urlunparse

t = string.Template("$who likes ${what}s, costs $$${price}")
print(t.substitute(who="Tim", what="apple", price=3), t.safe_substitute(who="Ann"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
print(shlex.split('cp -r "my dir" \'other dir\' a\\ b'), shlex.quote("it's"), shlex.join(["ls", "-l", "a b"]))
print(html.escape('<a href="x">&</a>'), html.escape("'", quote=False), html.unescape("&lt;&amp;&#39;&eacute;&#x263a;"))
u = urlparse("https://user@example.com:8080/path/to;p?q=1&r=a+b#frag")
print(u.scheme, u.netloc, u.hostname, u.port, u.path, u.params, u.query, u.fragment, u.username)
print(parse_qs(u.query), urlencode({"q": "a b&c", "n": [1, 2]}, doseq=True), quote("a b/é"), unquote("%7Euser%20x"))
print(urljoin("http://a/b/c/d", "../e"), urljoin("http://a/b/", "/x"), urlunparse(("http", "h", "/p", "", "q=1", "")))
a = "the cat sat on the mat".split()
b = "the cat sat on a hat".split()
sm = difflib.SequenceMatcher(None, a, b)
print(round(sm.ratio(), 4), sm.get_opcodes())
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
for line in difflib.unified_diff(["one\n", "two\n", "three\n"], ["one\n", "2\n", "three\n", "four\n"], "old", "new"):
    print(line, end="")
print(list(difflib.ndiff(["abc"], ["abd"])))
buf = io.StringIO()
w = csv.writer(buf)
w.writerow(["name", "note", "n"])
w.writerow(["Ann", 'says "hi", twice', 3])
w.writerow(["Bob", "multi\nline", ""])
print(repr(buf.getvalue()))
buf.seek(0)
print(list(csv.reader(buf)))
dw_buf = io.StringIO()
dw = csv.DictWriter(dw_buf, fieldnames=["x", "y"], quoting=csv.QUOTE_NONNUMERIC)
dw.writeheader()
dw.writerows([{"x": 1, "y": "a"}, {"x": 2.5, "y": "b"}])
print(dw_buf.getvalue(), end="")
print(list(csv.DictReader(io.StringIO("a;b\n1;2\n3;4\n"), delimiter=";")))
