"""tornado.httputil: HTTPHeaders (case-insensitive, multi-valued) and the
status phrases."""

from http.client import responses


def _normalize(name):
    # "content-type" -> "Content-Type", as tornado spells stored names.
    return "-".join(w.capitalize() for w in name.split("-"))


class HTTPHeaders:
    """A dict of header name -> last value whose names are case-insensitive;
    get_list/get_all see every value of a repeated header."""

    def __init__(self, *args, **kwargs):
        self._dict = {}
        self._as_list = {}
        self._last_key = None
        if len(args) == 1 and len(kwargs) == 0 and isinstance(args[0], HTTPHeaders):
            for k, v in args[0].get_all():
                self.add(k, v)
        else:
            self.update(*args, **kwargs)

    def add(self, name, value):
        norm = _normalize(name)
        self._last_key = norm
        if norm in self:
            self._dict[norm] = self._dict[norm] + "," + value
            self._as_list[norm].append(value)
        else:
            self[norm] = value

    def get_list(self, name):
        return self._as_list.get(_normalize(name), [])

    def get_all(self):
        for name, values in self._as_list.items():
            for value in values:
                yield (name, value)

    def parse_line(self, line):
        if line[0].isspace():  # a continuation of the previous header
            new_part = " " + line.lstrip()
            self._as_list[self._last_key][-1] += new_part
            self._dict[self._last_key] += new_part
        else:
            name, sep, value = line.partition(":")
            if not sep:
                raise HTTPInputError("no colon in header line")
            self.add(name, value.strip())

    @classmethod
    def parse(cls, headers):
        h = cls()
        for line in headers.split("\n"):
            if line.endswith("\r"):
                line = line[:-1]
            if line:
                h.parse_line(line)
        return h

    def __setitem__(self, name, value):
        norm = _normalize(name)
        self._dict[norm] = value
        self._as_list[norm] = [value]

    def __getitem__(self, name):
        return self._dict[_normalize(name)]

    def __delitem__(self, name):
        norm = _normalize(name)
        del self._dict[norm]
        del self._as_list[norm]

    def __contains__(self, name):
        return _normalize(name) in self._dict

    def get(self, name, default=None):
        return self._dict.get(_normalize(name), default)

    def update(self, *args, **kwargs):
        for k, v in dict(*args, **kwargs).items():
            self[k] = v

    def setdefault(self, name, default=None):
        if name not in self:
            self[name] = default
        return self[name]

    def pop(self, name, *default):
        norm = _normalize(name)
        self._as_list.pop(norm, None)
        return self._dict.pop(norm, *default)

    def __len__(self):
        return len(self._dict)

    def __iter__(self):
        return iter(self._dict)

    def keys(self):
        return self._dict.keys()

    def values(self):
        return self._dict.values()

    def items(self):
        return self._dict.items()

    def copy(self):
        return HTTPHeaders(self)

    __copy__ = copy

    def __eq__(self, other):
        if isinstance(other, HTTPHeaders):
            return self._dict == other._dict
        return self._dict == other

    def __str__(self):
        return "".join("%s: %s\n" % (name, value) for name, value in self.get_all())

    def __repr__(self):
        return "%s(%r)" % (self.__class__.__name__, self._dict)


class HTTPInputError(Exception):
    """A malformed HTTP request or response from the remote side."""


def url_concat(url, args):
    """url with the query arguments args (a dict or list of pairs) appended."""
    from urllib.parse import urlencode
    if not args:
        return url
    sep = "&" if "?" in url else "?"
    if url.endswith("?") or url.endswith("&"):
        sep = ""
    return url + sep + urlencode(args)
