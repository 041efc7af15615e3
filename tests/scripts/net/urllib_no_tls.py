# coil has no TLS: https:// is an unknown url type, as in a CPython built
# without ssl, and http.client.HTTPSConnection refuses to be made.
# cpython: no
import http.client
import urllib.request
from urllib.error import URLError

for url in ("https://example.com/", "ftp://example.com/file"):
    try:
        urllib.request.urlopen(url)
    except URLError as e:
        print(e)
try:
    http.client.HTTPSConnection("example.com")
except NotImplementedError as e:
    print(e)
# expect: <urlopen error unknown url type: https>
# expect: <urlopen error unknown url type: ftp>
# expect: https is not supported by coil (no TLS)
