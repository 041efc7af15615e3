"""Text utilities from the standard library: urllib.parse, html escaping, shlex, difflib, unicodedata."""
from urllib.parse import urlparse, urlencode, parse_qs, quote, unquote, urljoin, urlsplit
import html
import shlex
import difflib
import unicodedata

u = urlparse("https://user:pw@example.com:8080/path/to/page.html;params?q=python+asyncio&page=2#top")
print(u.scheme, u.netloc, u.hostname, u.port, u.path, u.params, u.query, u.fragment, u.username)
print(parse_qs(u.query), urlencode({"q": "a b&c", "n": 1}), urlencode([("x", 1), ("x", 2)]))
print(quote("a b/c?d=é"), quote("a b/c", safe=""), unquote("%E2%9C%93%20ok"))
print(urljoin("http://a/b/c/d", "../e"), urljoin("http://a/b/", "/x"), urlsplit("http://h/p?q").query)
print(html.escape('<a href="x">Tom & Jerry</a>'), html.unescape("&lt;p&gt; &amp; &quot;q&quot; &#39;s &eacute;"))
print(shlex.split('cmd --name "John Smith" -x \'single quoted\' a\\ b'), shlex.quote("it's"), shlex.join(["a b", "c"]))
a = "the quick brown fox jumps over the lazy dog".split()
b = "the quick red fox jumped over the lazy dogs".split()
print(list(difflib.unified_diff(a, b, "old", "new", lineterm="", n=1)))
print(round(difflib.SequenceMatcher(None, "kitten", "sitting").ratio(), 4))
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
for ch in "aé€😀":
    print(ch, hex(ord(ch)), unicodedata.name(ch), unicodedata.category(ch))
print(unicodedata.normalize("NFD", "é") == "e\u0301", len(unicodedata.normalize("NFC", "e\u0301")))
print(unicodedata.lookup("GREEK SMALL LETTER ALPHA"), unicodedata.numeric("½"), unicodedata.decimal("7"))
print("".join(c for c in unicodedata.normalize("NFKD", "Crème Brûlée") if not unicodedata.combining(c)))
