"""A collection of string constants (written in coil)."""

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split the argument into words, capitalize each word and join them."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


####################################################################
# Template: $-substitutions, as CPython's string.Template, matched by hand
# (coil has no `re`): after the delimiter comes another delimiter (an
# escaped one), an identifier ([_a-z][_a-z0-9]*, ASCII, any case), the
# same in braces, or else the placeholder is invalid. Subclasses may
# change `delimiter`; changing the patterns needs `re` and is refused.

_sentinel_dict = {}


def _is_id_start(c):
    return c == '_' or 'a' <= c <= 'z' or 'A' <= c <= 'Z'


def _is_id_char(c):
    return _is_id_start(c) or '0' <= c <= '9'


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    # The identifiers the scanner accepts (documentation only; see above).
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None

    def __init_subclass__(cls):
        super().__init_subclass__()
        for name in ('pattern', 'idpattern', 'braceidpattern', 'flags'):
            if name in cls.__dict__:
                raise NotImplementedError(
                    f"string.Template subclasses cannot set {name!r} in coil "
                    "(it needs the re module); 'delimiter' can be changed")

    def __init__(self, template):
        self.template = template

    def _placeholders(self):
        # (kind, name, start, end) for each delimiter, left to right:
        # kind is 'escaped', 'named', 'braced' or 'invalid'; an invalid one
        # covers only the delimiter.
        text = self.template
        delim = self.delimiter
        n = len(text)
        pos = 0
        while True:
            start = text.find(delim, pos)
            if start < 0 or not delim:
                return
            i = start + len(delim)
            if text.startswith(delim, i):
                yield 'escaped', None, start, i + len(delim)
                pos = i + len(delim)
                continue
            if i < n and _is_id_start(text[i]):
                j = i + 1
                while j < n and _is_id_char(text[j]):
                    j += 1
                yield 'named', text[i:j], start, j
                pos = j
                continue
            if i < n and text[i] == '{' and i + 1 < n and _is_id_start(text[i + 1]):
                j = i + 2
                while j < n and _is_id_char(text[j]):
                    j += 1
                if j < n and text[j] == '}':
                    yield 'braced', text[i + 1:j], start, j + 1
                    pos = j + 1
                    continue
            yield 'invalid', None, start, i
            pos = i

    def _invalid(self, i):
        # i: where the invalid placeholder's text begins (after the delimiter).
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def _substitute(self, mapping, safe):
        parts = []
        pos = 0
        text = self.template
        for kind, name, start, end in self._placeholders():
            parts.append(text[pos:start])
            pos = end
            if kind == 'escaped':
                parts.append(self.delimiter)
            elif kind == 'invalid':
                if not safe:
                    self._invalid(end)
                parts.append(text[start:end])
            elif safe:
                try:
                    parts.append(str(mapping[name]))
                except KeyError:
                    parts.append(text[start:end])
            else:
                parts.append(str(mapping[name]))
        parts.append(text[pos:])
        return ''.join(parts)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            from collections import ChainMap
            mapping = ChainMap(kws, mapping)
        return self._substitute(mapping, False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            from collections import ChainMap
            mapping = ChainMap(kws, mapping)
        return self._substitute(mapping, True)

    def is_valid(self):
        for kind, name, start, end in self._placeholders():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for kind, name, start, end in self._placeholders():
            if name is not None and name not in ids:
                # add a named group only the first time it appears
                ids.append(name)
        return ids
