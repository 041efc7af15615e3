"""A collection of string constants, capwords, Template and Formatter (written in coil)."""

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
# Template: $-substitutions, as CPython's string.Template. The default
# syntax is matched by hand, so `import string` does not import `re`: after
# the delimiter comes another delimiter (an escaped one), an identifier
# ([_a-z][_a-z0-9]*, ASCII, any case), the same in braces, or else the
# placeholder is invalid. A subclass that sets `pattern`, `idpattern`,
# `braceidpattern` or `flags` gets CPython's compiled pattern instead.

_sentinel_dict = {}


def _is_id_start(c):
    return c == '_' or 'a' <= c <= 'z' or 'A' <= c <= 'Z'


def _is_id_char(c):
    return _is_id_start(c) or '0' <= c <= '9'


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    # The identifiers the scanner accepts (a subclass changing it gets a regex).
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    pattern = None

    flags = None  # re.IGNORECASE once `re` is loaded (see _compile_pattern)
    _regex = None  # the compiled pattern of a subclass that changes the syntax

    def __init_subclass__(cls):
        super().__init_subclass__()
        if any(getattr(cls, name) is not getattr(Template, name)
               for name in ('pattern', 'idpattern', 'braceidpattern', 'flags')):
            cls._compile_pattern()

    @classmethod
    def _compile_pattern(cls):
        # CPython's Template.__init_subclass__, done only for subclasses that
        # change the syntax.
        import re
        if cls.flags is None:
            cls.flags = re.IGNORECASE
        if 'pattern' in cls.__dict__ and cls.pattern is not None:
            pattern = cls.pattern
        else:
            delim = re.escape(cls.delimiter)
            id = cls.idpattern
            bid = cls.braceidpattern or cls.idpattern
            pattern = fr"""
            {delim}(?:
              (?P<escaped>{delim})  |   # Escape sequence of two delimiters
              (?P<named>{id})       |   # delimiter and a Python identifier
              {{(?P<braced>{bid})}} |   # delimiter and a braced identifier
              (?P<invalid>)             # Other ill-formed delimiter exprs
            )
            """
        cls.pattern = cls._regex = re.compile(pattern, cls.flags | re.VERBOSE)

    def __init__(self, template):
        self.template = template

    def _placeholders(self):
        # (kind, name, start, end) for each delimiter, left to right:
        # kind is 'escaped', 'named', 'braced' or 'invalid'; an invalid one
        # covers only the delimiter.
        text = self.template
        if self._regex is not None:
            yield from self._regex_placeholders(text)
            return
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

    def _regex_placeholders(self, text):
        for mo in self._regex.finditer(text):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                yield 'named', named, mo.start(), mo.end()
            elif mo.group('escaped') is not None:
                yield 'escaped', None, mo.start(), mo.end()
            elif mo.group('invalid') is not None:
                yield 'invalid', None, mo.start(), mo.start('invalid')
            else:
                raise ValueError('Unrecognized named group in pattern',
                                 self.pattern)

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


# ---------------------------------------------------------------- Formatter

def _parse_format(s):
    """The pieces of a str.format() string: (literal, field_name, spec,
    conversion) tuples, as CPython's _string.formatter_parser yields them
    (an escaped brace ends a literal piece)."""
    literal = []
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c in '{}' and i + 1 < n and s[i + 1] == c:
            literal.append(c)
            yield ''.join(literal), None, None, None
            literal = []
            i += 2
            continue
        if c == '}':
            raise ValueError("Single '}' encountered in format string")
        if c != '{':
            literal.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise ValueError("Single '{' encountered in format string")
        # The field name ends at '!', ':' or '}' outside brackets.
        j, bracket = i + 1, False
        while j < n:
            ch = s[j]
            if ch == '[':
                bracket = True
            elif ch == ']':
                bracket = False
            elif not bracket and ch in ':!}':
                break
            j += 1
        if j >= n:
            raise ValueError("expected '}' before end of string")
        name = s[i + 1:j]
        conversion, spec = None, ''
        if s[j] == '!':
            if j + 2 >= n:
                raise ValueError("unmatched '{' in format spec")
            conversion = s[j + 1]
            j += 2
            if s[j] not in ':}':
                raise ValueError("expected ':' after conversion specifier")
        if s[j] == ':':
            # The spec runs to the matching '}' (it may nest fields).
            depth, k = 1, j + 1
            while k < n:
                if s[k] == '{':
                    depth += 1
                elif s[k] == '}':
                    depth -= 1
                    if depth == 0:
                        break
                k += 1
            if k >= n:
                raise ValueError("unmatched '{' in format spec")
            spec = s[j + 1:k]
            j = k
        yield ''.join(literal), name, spec, conversion
        literal = []
        i = j + 1
    if literal:
        yield ''.join(literal), None, None, None


def _split_field_name(name):
    """'a.b[0]' -> ('a', iterator of (True, 'b'), (False, 0)); numeric parts
    become ints. The rest is parsed lazily, as CPython's is, so a lookup
    error comes before a syntax error further on."""
    i = 0
    while i < len(name) and name[i] not in '.[':
        i += 1
    first = name[:i]
    return (int(first) if first.isdigit() else first), _field_name_rest(name, i)


def _field_name_rest(name, i):
    while i < len(name):
        if name[i] == '.':
            j = i + 1
            while j < len(name) and name[j] not in '.[':
                j += 1
            attr = name[i + 1:j]
            if not attr:
                raise ValueError("Empty attribute in format string")
            yield True, attr
            i = j
        else:  # '['
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if not key:
                raise ValueError("Empty attribute in format string")
            yield False, (int(key) if key.isdigit() else key)
            i = j + 1
            if i < len(name) and name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")


class Formatter:
    """str.format() as overridable steps (parse, get_field, get_value,
    convert_field, format_field, check_unused_args), as CPython's."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        out = []
        for literal, field_name, format_spec, conversion in self.parse(format_string):
            if literal:
                out.append(literal)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification '
                                     'to automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field specification '
                                     'to automatic field numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args,
                                                        recursion_depth - 1, auto_arg_index)
            out.append(self.format_field(obj, format_spec))
        return ''.join(out), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            obj = getattr(obj, i) if is_attr else obj[i]
        return obj, first
