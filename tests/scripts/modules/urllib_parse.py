# urllib.parse: urlparse/urlsplit and their results' attributes, urlunparse,
# urljoin (RFC 3986 examples), quoting and unquoting, urlencode, parse_qs,
# parse_qsl, and the errors.
from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urljoin, urldefrag,
                          quote, quote_plus, unquote, unquote_plus, urlencode, parse_qs, parse_qsl,
                          quote_from_bytes, unquote_to_bytes)
import urllib.parse
u = urlparse("https://user:pw@Example.com:8080/path/to;params?q=1&r=two#frag")
print(u)
print(u.scheme, u.netloc, u.hostname, u.port, u.username, u.password, u.path, u.params, u.query, u.fragment)
print(u.geturl(), u._replace(scheme="http").geturl())
print(urlsplit("http://[::1]:80/x?y#z"), urlsplit("http://[::1]:80/x").hostname)
print(urlsplit("mailto:someone@example.com"), urlsplit("//host/path"), urlsplit("relative/path?x"))
print(urlunparse(("https", "a.com", "/p", "", "q=1", "f")), urlunsplit(("ftp", "h", "/x", "", "")))
for base, rel in [("http://a/b/c/d;p?q", "g"), ("http://a/b/c/d;p?q", "../g"), ("http://a/b/c/d;p?q", "//g"),
                  ("http://a/b/c/d;p?q", "?y"), ("http://a/b/c/d;p?q", "#s"), ("http://a/b/c/d;p?q", "../../../g"),
                  ("https://example.com/dir/", "/abs"), ("https://example.com/dir/page.html", "other.html"),
                  ("http://a/b/", "http://other/x")]:
    print(urljoin(base, rel))
print(urldefrag("http://a/b#c"))
print(quote("a b/c?d=é&x"), quote("a b/c", safe=""), quote_plus("a b&c=d/e"), quote(b"\x00\xff"))
print(unquote("a%20b%2Fc%C3%A9%zz"), unquote_plus("a+b%2B"), unquote("%E9", encoding="latin-1"), unquote("caf%C3"))
print(urlencode({"q": "hello world", "n": 5, "lst": ["a", "b"]}), urlencode({"lst": ["a", "b"]}, doseq=True))
print(urlencode([("a", "1"), ("b", "x y")], quote_via=quote))
print(parse_qs("a=1&a=2&b=&c=x%20y+z"), parse_qs("a=1&b=", keep_blank_values=True))
print(parse_qsl("a=1;b=2", separator=";"), parse_qsl("x=1&y=2&x=3"))
try:
    parse_qsl("a", strict_parsing=True)
except ValueError as e:
    print(e)
try:
    urlsplit("http://[::1/x")
except ValueError as e:
    print(e)
try:
    urlparse("http://h:99999/").port
except ValueError as e:
    print(e)
try:
    urlsplit("http://[1.2.3.4]/")
except ValueError as e:
    print(e)
print(unquote_to_bytes("a%20%FF"), quote_from_bytes(b"a b\x80"))
print(urllib.parse.unwrap("<URL:http://x/>"), urlparse(b"http://h/p?q"))
print(urlsplit("HTTP://H/P").scheme, urlsplit(" http://h/p \n").geturl())

# expect: ParseResult(scheme='https', netloc='user:pw@Example.com:8080', path='/path/to', params='params', query='q=1&r=two', fragment='frag')
# expect: https user:pw@Example.com:8080 example.com 8080 user pw /path/to params q=1&r=two frag
# expect: https://user:pw@Example.com:8080/path/to;params?q=1&r=two#frag http://user:pw@Example.com:8080/path/to;params?q=1&r=two#frag
# expect: SplitResult(scheme='http', netloc='[::1]:80', path='/x', query='y', fragment='z') ::1
# expect: SplitResult(scheme='mailto', netloc='', path='someone@example.com', query='', fragment='') SplitResult(scheme='', netloc='host', path='/path', query='', fragment='') SplitResult(scheme='', netloc='', path='relative/path', query='x', fragment='')
# expect: https://a.com/p?q=1#f ftp://h/x
# expect: http://a/b/c/g
# expect: http://a/b/g
# expect: http://g
# expect: http://a/b/c/d;p?y
# expect: http://a/b/c/d;p?q#s
# expect: http://a/g
# expect: https://example.com/abs
# expect: https://example.com/dir/other.html
# expect: http://other/x
# expect: DefragResult(url='http://a/b', fragment='c')
# expect: a%20b/c%3Fd%3D%C3%A9%26x a%20b%2Fc a+b%26c%3Dd%2Fe %00%FF
# expect: a b/cé%zz a b+ é caf�
# expect: q=hello+world&n=5&lst=%5B%27a%27%2C+%27b%27%5D lst=a&lst=b
# expect: a=1&b=x%20y
# expect: {'a': ['1', '2'], 'c': ['x y z']} {'a': ['1'], 'b': ['']}
# expect: [('a', '1'), ('b', '2')] [('x', '1'), ('y', '2'), ('x', '3')]
# expect: bad query field: 'a'
# expect: Invalid IPv6 URL
# expect: Port out of range 0-65535
# expect: An IPv4 address cannot be in brackets
# expect: b'a \xff' a%20b%80
# expect: http://x/ ParseResultBytes(scheme=b'http', netloc=b'h', path=b'/p', params=b'', query=b'q', fragment=b'')
# expect: http http://h/p 
