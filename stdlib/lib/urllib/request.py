"""urllib.request: urlopen() and Request for plain HTTP (coil's own, with
CPython 3.11's interface and errors): redirects (301, 302, 303, 307, 308,
the same URL at most 4 times, 10 in all), HTTPError for error statuses, URLError for connection
failures and unknown schemes. No TLS (https:// is an unknown url type, as
in a CPython built without ssl), no proxies, cookies, auth handlers or
file:/data: URLs."""

import socket
import http.client
from urllib.error import URLError, HTTPError
from urllib.parse import urlsplit, urljoin, unquote

__all__ = ['Request', 'urlopen', 'URLError', 'HTTPError']

_MAX_REDIRECTIONS = 10
_MAX_REPEATS = 4


class Request:
    def __init__(self, url, data=None, headers={}, origin_req_host=None, unverifiable=False,
                 method=None):
        self.full_url = url
        self.headers = {}
        self.unredirected_hdrs = {}
        self._data = None
        self.data = data
        for key, value in headers.items():
            self.add_header(key, value)
        self.origin_req_host = origin_req_host
        self.unverifiable = unverifiable
        if method:
            self.method = method

    @property
    def full_url(self):
        if self.fragment:
            return '{}#{}'.format(self._full_url, self.fragment)
        return self._full_url

    @full_url.setter
    def full_url(self, url):
        url = url.strip()
        self._full_url, _, self.fragment = url.partition('#')
        self._parse()

    @property
    def data(self):
        return self._data

    @data.setter
    def data(self, data):
        if data != self._data:
            self._data = data
            if self.has_header("Content-length"):
                self.remove_header("Content-length")

    def _parse(self):
        parts = urlsplit(self._full_url)
        if not parts.scheme:
            raise ValueError("unknown url type: %r" % self.full_url)
        self.type = parts.scheme
        self.host = unquote(parts.netloc)
        self.selector = parts.path or '/'
        if parts.query:
            self.selector += '?' + parts.query

    def get_method(self):
        default_method = "POST" if self.data is not None else "GET"
        return getattr(self, 'method', default_method)

    def get_full_url(self):
        return self.full_url

    def add_header(self, key, val):
        self.headers[key.capitalize()] = val

    def add_unredirected_header(self, key, val):
        self.unredirected_hdrs[key.capitalize()] = val

    def has_header(self, header_name):
        return header_name in self.headers or header_name in self.unredirected_hdrs

    def get_header(self, header_name, default=None):
        return self.headers.get(header_name, self.unredirected_hdrs.get(header_name, default))

    def remove_header(self, header_name):
        self.headers.pop(header_name, None)
        self.unredirected_hdrs.pop(header_name, None)

    def header_items(self):
        hdrs = {**self.unredirected_hdrs, **self.headers}
        return list(hdrs.items())


def _send(req, timeout):
    if req.type != 'http':
        raise URLError('unknown url type: %s' % req.type)
    if not req.host:
        raise URLError('no host given')
    conn = http.client.HTTPConnection(req.host, timeout=timeout)
    headers = dict(req.unredirected_hdrs)
    headers.update({k: v for k, v in req.headers.items() if k not in headers})
    headers.setdefault('User-agent', 'Python-urllib/3.11')
    headers["Connection"] = "close"
    if req.data is not None:
        headers.setdefault('Content-type', 'application/x-www-form-urlencoded')
    headers = {name.title(): val for name, val in headers.items()}
    try:
        conn.request(req.get_method(), req.selector, req.data, headers)
        r = conn.getresponse()
    except OSError as err:
        conn.close()
        raise URLError(err)
    r.url = req.get_full_url()
    r.msg = r.reason
    return r


def _redirect(req, resp, visited):
    code = resp.status
    newurl = resp.headers.get('location') or resp.headers.get('uri')
    if newurl is None:
        return None
    m = req.get_method()
    if not (code in (301, 302, 303, 307, 308) and m in ("GET", "HEAD")
            or code in (301, 302, 303) and m == "POST"):
        raise HTTPError(req.full_url, code, resp.reason, resp.headers, resp)
    newurl = urljoin(req.full_url, newurl)
    if urlsplit(newurl).scheme not in ('http', 'https', 'ftp', ''):
        raise HTTPError(newurl, code, "%s - Redirection to url '%s' is not allowed"
                        % (resp.reason, newurl), resp.headers, resp)
    # As CPython's HTTPRedirectHandler: the same URL at most 4 times, at
    # most 10 redirections in all.
    if visited.get(newurl, 0) >= _MAX_REPEATS or len(visited) >= _MAX_REDIRECTIONS:
        raise HTTPError(req.full_url, code, "The HTTP server returned a redirect error that would "
                        "lead to an infinite loop.\nThe last 30x error message was:\n" + resp.reason,
                        resp.headers, resp)
    visited[newurl] = visited.get(newurl, 0) + 1
    resp.read()
    resp.close()
    headers = {k: v for k, v in req.headers.items()
               if k.lower() not in ("content-length", "content-type")}
    return Request(newurl, headers=headers, origin_req_host=req.origin_req_host, unverifiable=True,
                   method="HEAD" if m == "HEAD" else "GET")


def urlopen(url, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT, *, cafile=None, capath=None,
            cadefault=False, context=None):
    req = url if isinstance(url, Request) else Request(url)
    if data is not None:
        req.data = data
    visited = {}
    while True:
        resp = _send(req, timeout)
        if 200 <= resp.status < 300:
            return resp
        if resp.status in (301, 302, 303, 307, 308):
            new = _redirect(req, resp, visited)
            if new is not None:
                req = new
                continue
        raise HTTPError(req.full_url, resp.status, resp.reason, resp.headers, resp)
