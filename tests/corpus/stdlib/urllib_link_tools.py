"""Link utilities: normalising URLs, resolving relative links of a page,
building query strings and reading them back."""
from urllib.parse import (urlparse, urlunparse, urljoin, urlencode, parse_qs,
                          parse_qsl, quote, unquote, urlsplit)

PAGE = "https://docs.example.org/guide/intro/index.html?lang=en#setup"
LINKS = ["../api/", "tutorial.html", "/search?q=for+loops", "#top",
         "https://other.example.com/x", "//cdn.example.net/lib.js", "mailto:help@example.org",
         "img/a%20photo.png"]


def normalise(url):
    parts = urlparse(url)
    netloc = parts.hostname or ""
    if parts.port and not (parts.scheme == "http" and parts.port == 80 or
                           parts.scheme == "https" and parts.port == 443):
        netloc += f":{parts.port}"
    path = parts.path or "/"
    query = urlencode(sorted(parse_qsl(parts.query)))
    return urlunparse((parts.scheme.lower(), netloc, path, "", query, ""))


for link in LINKS:
    absolute = urljoin(PAGE, link)
    print(f"{link:32} -> {absolute}")
print()
for url in ["HTTP://Example.COM:80/a?b=2&a=1#frag", "https://example.com:8443", "https://u:p@h.example/p;x?z=1"]:
    print(normalise(url))
parts = urlsplit(PAGE)
print(parts.scheme, parts.netloc, parts.path, parts.query, parts.fragment)
params = {"q": "café & crème", "page": 2, "tags": ["a b", "c/d"]}
query = urlencode(params, doseq=True)
print(query)
print(parse_qs(query))
print(quote("/path with spaces/ümlaut"), unquote("%2Fpath%20with%20spaces%2F%C3%BCmlaut"))
print(quote("a/b", safe=""), quote("~user"), quote("x+y=z"))
