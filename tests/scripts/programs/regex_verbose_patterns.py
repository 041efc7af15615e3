# A realistic use of re, compared with CPython 3.11.
import re

number = re.compile(r"""
    ^\s*
    (?P<sign>[-+])?          # optional sign
    (?P<int>\d+)             # integer part
    (?:\.(?P<frac>\d*))?     # fraction
    (?:[eE](?P<exp>[-+]?\d+))?  # exponent
    \s*$
""", re.VERBOSE)

for s in ["42", " -3.14 ", "+6.02e23", "1e-9", "abc", "1.", ".5"]:
    m = number.match(s)
    print(repr(s), m.groupdict() if m else None)

url = re.compile(r"""
    (?P<scheme>https?)://
    (?P<host>[\w.-]+)
    (?::(?P<port>\d+))?
    (?P<path>/[^?#\s]*)?
    (?:\?(?P<query>[^#\s]*))?
    (?:\#(?P<frag>\S*))?
""", re.X | re.I)
for u in ["http://example.com", "HTTPS://a.b.c:8080/x/y?q=1&r=2#top", "ftp://nope"]:
    m = url.match(u)
    print(u, '->', m and {k: v for k, v in m.groupdict().items() if v})

css = re.compile(r"""
    (?P<selector>[^{]+?)\s*   # selector
    \{ (?P<body>[^}]*) \}     # declarations
""", re.X)
sheet = "h1 { color: red; margin: 0 } .note p{font-size:12px}"
for m in css.finditer(sheet):
    decls = dict(re.findall(r'([\w-]+)\s*:\s*([^;]+?)\s*(?:;|$)', m['body']))
    print(m['selector'], decls)
print(re.compile(r"a # comment", re.X).pattern, re.compile(r"a # comment", re.X).match("a"))

# expect: '42' {'sign': None, 'int': '42', 'frac': None, 'exp': None}
# expect: ' -3.14 ' {'sign': '-', 'int': '3', 'frac': '14', 'exp': None}
# expect: '+6.02e23' {'sign': '+', 'int': '6', 'frac': '02', 'exp': '23'}
# expect: '1e-9' {'sign': None, 'int': '1', 'frac': None, 'exp': '-9'}
# expect: 'abc' None
# expect: '1.' {'sign': None, 'int': '1', 'frac': '', 'exp': None}
# expect: '.5' None
# expect: http://example.com -> {'scheme': 'http', 'host': 'example.com'}
# expect: HTTPS://a.b.c:8080/x/y?q=1&r=2#top -> {'scheme': 'HTTPS', 'host': 'a.b.c', 'port': '8080', 'path': '/x/y', 'query': 'q=1&r=2', 'frag': 'top'}
# expect: ftp://nope -> None
# expect: h1 {'color': 'red', 'margin': '0'}
# expect:  .note p {'font-size': '12px'}
# expect: a # comment <re.Match object; span=(0, 1), match='a'>
