"""Support for regular expressions (RE), as CPython 3.11's re module.

coil parses patterns with CPython's own parser (re._parser) and runs them
on a native backtracking matcher (the _re module, stdlib/re_module.cpp);
Pattern and Match are written here, in coil, over that matcher.
"""

from . import _compiler, _parser
from ._constants import error

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

import _re


# ---------------------------------------------------------------- flags

class RegexFlag(int):
    """The re flags: ints that print as CPython 3.11's enum.IntFlag members
    (`re.IGNORECASE|re.MULTILINE`) and stay flags through | & ^ ~."""

    __slots__ = ()

    def __new__(cls, value=0):
        return int.__new__(cls, value)

    @property
    def value(self):
        return int(self)

    @property
    def _value_(self):
        return int(self)

    @property
    def name(self):
        value = int(self)
        if value == 0:
            return 'NOFLAG'
        names = [n for n, v in _FLAG_MEMBERS if v and value & v == v]
        return '|'.join(names) if names else None

    def __repr__(self):
        value = int(self)
        if value == 0:
            return 're.NOFLAG'
        names = []
        for n, v in _FLAG_MEMBERS:
            if v and value & v:
                names.append('re.' + n)
                value &= ~v
        if value:
            names.append(hex(value))
        return '|'.join(names)

    __str__ = __repr__

    def __format__(self, spec):
        if not spec:
            return str(self)
        return format(int(self), spec)

    def __or__(self, other):
        if not isinstance(other, int) or isinstance(other, bool):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    def __and__(self, other):
        if not isinstance(other, int) or isinstance(other, bool):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    def __xor__(self, other):
        if not isinstance(other, int) or isinstance(other, bool):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 511)

    def __reduce__(self):
        return (RegexFlag, (int(self),))


# Definition order, which the reprs follow.
_FLAG_MEMBERS = (
    ('NOFLAG', 0), ('ASCII', _compiler.SRE_FLAG_ASCII),
    ('IGNORECASE', _compiler.SRE_FLAG_IGNORECASE),
    ('LOCALE', _compiler.SRE_FLAG_LOCALE), ('UNICODE', _compiler.SRE_FLAG_UNICODE),
    ('MULTILINE', _compiler.SRE_FLAG_MULTILINE), ('DOTALL', _compiler.SRE_FLAG_DOTALL),
    ('VERBOSE', _compiler.SRE_FLAG_VERBOSE), ('TEMPLATE', _compiler.SRE_FLAG_TEMPLATE),
    ('DEBUG', _compiler.SRE_FLAG_DEBUG),
)

NOFLAG = RegexFlag(0)
ASCII = A = RegexFlag(_compiler.SRE_FLAG_ASCII)
IGNORECASE = I = RegexFlag(_compiler.SRE_FLAG_IGNORECASE)
LOCALE = L = RegexFlag(_compiler.SRE_FLAG_LOCALE)
UNICODE = U = RegexFlag(_compiler.SRE_FLAG_UNICODE)
MULTILINE = M = RegexFlag(_compiler.SRE_FLAG_MULTILINE)
DOTALL = S = RegexFlag(_compiler.SRE_FLAG_DOTALL)
VERBOSE = X = RegexFlag(_compiler.SRE_FLAG_VERBOSE)
TEMPLATE = T = RegexFlag(_compiler.SRE_FLAG_TEMPLATE)
DEBUG = RegexFlag(_compiler.SRE_FLAG_DEBUG)

# The names Pattern.__repr__ shows, in CPython's order.
_FLAG_NAMES = (
    ("re.TEMPLATE", 1), ("re.IGNORECASE", 2), ("re.LOCALE", 4),
    ("re.MULTILINE", 8), ("re.DOTALL", 16), ("re.UNICODE", 32),
    ("re.VERBOSE", 64), ("re.DEBUG", 128), ("re.ASCII", 256),
)

_MAXSIZE = 9223372036854775807


def _clamp(i, n):
    i = i.__index__() if not isinstance(i, int) else i
    if i < 0:
        return 0
    return n if i > n else i


# ---------------------------------------------------------------- Match

class Match:
    """The result of a successful match or search."""

    __slots__ = ('string', 're', 'pos', 'endpos', 'lastindex', '_spans')

    def __init__(self, pattern, string, pos, endpos, spans):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self.lastindex = spans[0] if spans[0] >= 0 else None
        self._spans = spans

    def _index(self, group):
        if isinstance(group, int) or hasattr(type(group), '__index__'):
            try:
                i = group.__index__()
            except (TypeError, AttributeError):
                i = -1
        else:
            try:
                i = self.re.groupindex[group]
            except (KeyError, TypeError):
                i = -1
        if i < 0 or i > self.re.groups:
            raise IndexError("no such group")
        return i

    def _get(self, i, default=None):
        s = self._spans[2 * i + 1]
        if s < 0:
            return default
        return self.string[s:self._spans[2 * i + 2]]

    def group(self, *args):
        """Return one or more subgroups of the match."""
        if not args:
            spans = self._spans
            return self.string[spans[1]:spans[2]]
        if len(args) == 1:
            g = args[0]
            if type(g) is not int or g < 0 or g > self.re.groups:
                g = self._index(g)
            s = self._spans[2 * g + 1]
            return None if s < 0 else self.string[s:self._spans[2 * g + 2]]
        return tuple([self._get(self._index(g)) for g in args])

    def __getitem__(self, group):
        return self._get(self._index(group))

    def groups(self, default=None):
        """Return a tuple containing all the subgroups of the match."""
        return tuple([self._get(i, default) for i in range(1, self.re.groups + 1)])

    def groupdict(self, default=None):
        """Return a dictionary containing all the named subgroups of the match."""
        return {name: self._get(i, default) for name, i in self.re.groupindex.items()}

    def start(self, group=0):
        """Return index of the start of the substring matched by group."""
        return self._spans[2 * self._index(group) + 1]

    def end(self, group=0):
        """Return index of the end of the substring matched by group."""
        return self._spans[2 * self._index(group) + 2]

    def span(self, group=0):
        """For match object m, return the 2-tuple (m.start(group), m.end(group))."""
        i = self._index(group)
        return (self._spans[2 * i + 1], self._spans[2 * i + 2])

    @property
    def regs(self):
        spans = self._spans
        return tuple([(spans[2 * i + 1], spans[2 * i + 2])
                      for i in range(self.re.groups + 1)])

    @property
    def lastgroup(self):
        if self.lastindex is None:
            return None
        return self.re._indexgroup.get(self.lastindex)

    def expand(self, template):
        """Return the string obtained by doing backslash substitution on the template."""
        return _expand(self.re, self, template)

    def __repr__(self):
        text = repr(self.group(0))
        if len(text) > 50:
            text = text[:50]
        return "<re.Match object; span=(%d, %d), match=%s>" % (
            self._spans[1], self._spans[2], text)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    # re.Match[str] in annotations (coil cannot build a GenericAlias of a
    # class written in coil yet, so the subscript is the class itself).
    @classmethod
    def __class_getitem__(cls, item):
        return cls


# ---------------------------------------------------------------- Pattern

class Pattern:
    """Compiled regular expression object."""

    __slots__ = ('pattern', 'flags', 'groups', 'groupindex', '_indexgroup',
                 '_program')

    def __init__(self, pattern, flags, program, parsed):
        self.pattern = pattern
        self.flags = parsed.state.flags
        self.groups = parsed.state.groups - 1
        self.groupindex = dict(parsed.state.groupdict)
        self._indexgroup = {i: name for name, i in self.groupindex.items()}
        self._program = program

    def _match(self, string, pos, endpos, mode):
        spans = _re.match(self._program, string, pos, endpos, mode)
        if spans is None:
            return None
        n = len(string)
        if pos == 0 and endpos == _MAXSIZE:
            return Match(self, string, 0, n, spans)
        return Match(self, string, _clamp(pos, n), _clamp(endpos, n), spans)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        """Matches zero or more characters at the beginning of the string."""
        return self._match(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        """Matches against all of the string."""
        return self._match(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        """Scan through string looking for a match, and return a corresponding match object instance."""
        return self._match(string, pos, endpos, 2)

    def _all(self, string, pos=0, endpos=_MAXSIZE, limit=0):
        return _re.scan(self._program, string, pos, endpos, limit)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        """Return a list of all non-overlapping matches of pattern in string."""
        found = _re.scan(self._program, string, pos, endpos, 0)
        groups = self.groups
        if groups == 0:
            return [string[m[1]:m[2]] for m in found]
        empty = string[:0]
        if groups == 1:
            return [string[m[3]:m[4]] if m[3] >= 0 else empty for m in found]
        out = []
        for m in found:
            out.append(tuple([string[m[2 * i + 1]:m[2 * i + 2]] if m[2 * i + 1] >= 0 else empty
                              for i in range(1, groups + 1)]))
        return out

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        """Return an iterator over all non-overlapping matches for the RE pattern in string."""
        found = _re.scan(self._program, string, pos, endpos, 0)
        n = len(string)
        p = _clamp(pos, n)
        e = _clamp(endpos, n)
        return iter([Match(self, string, p, e, spans) for spans in found])

    def split(self, string, maxsplit=0):
        """Split string by the occurrences of pattern."""
        if maxsplit < 0:
            found = []
            _re.match(self._program, string, 0, 0, 0)  # type checks
        else:
            found = _re.scan(self._program, string, 0, _MAXSIZE, maxsplit)
        out = []
        last = 0
        groups = self.groups
        for m in found:
            out.append(string[last:m[1]])
            for i in range(1, groups + 1):
                s = m[2 * i + 1]
                out.append(string[s:m[2 * i + 2]] if s >= 0 else None)
            last = m[2]
        out.append(string[last:])
        return out

    def sub(self, repl, string, count=0):
        """Return the string obtained by replacing the leftmost non-overlapping occurrences of pattern in string by the replacement repl."""
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        """Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost non-overlapping occurrences of pattern with the replacement repl."""
        return self._subx(repl, string, count)

    def _subx(self, repl, string, count):
        if callable(repl):
            filter = repl
            literal = None
        else:
            if not isinstance(repl, (str, bytes)):
                raise TypeError("decoding to str: need a bytes-like object, %s found"
                                % type(repl).__name__)
            if isinstance(repl, str) != isinstance(self.pattern, str):
                raise TypeError("sequence item 0: expected %s, %s found"
                                % ("str instance" if isinstance(self.pattern, str)
                                   else "a bytes-like object", type(repl).__name__))
            if (b'\\' if isinstance(repl, bytes) else '\\') in repl:
                template = _compile_repl(repl, self)
                if not template[0] and len(template[1]) == 1:
                    filter = None
                    literal = template[1][0]
                else:
                    filter = None
                    literal = None
            else:
                filter = None
                literal = repl
        if count < 0:
            found = []
            _re.match(self._program, string, 0, 0, 0)
        else:
            found = _re.scan(self._program, string, 0, _MAXSIZE, count)
        if not found:
            return (string[:] if type(string) in (str, bytes) else string[:], 0)
        pieces = []
        last = 0
        n = len(string)
        for spans in found:
            b = spans[1]
            if last < b:
                pieces.append(string[last:b])
            if literal is not None:
                if literal:
                    pieces.append(literal)
            else:
                m = Match(self, string, 0, n, spans)
                item = filter(m) if filter is not None else _parser.expand_template(template, m)
                if item is not None:
                    pieces.append(item)
            last = spans[2]
        if last < n:
            pieces.append(string[last:])
        return (string[:0].join(pieces), len(found))

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return _Scanner(self, string, pos, endpos)

    def __repr__(self):
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        flags = self.flags
        if isinstance(self.pattern, str) and flags & (4 | 32 | 256) == 32:
            flags &= ~32
        if not flags:
            return "re.compile(%s)" % text
        names = []
        for name, value in _FLAG_NAMES:
            if flags & value:
                names.append(name)
                flags &= ~value
        if flags:
            names.append("0x%x" % flags)
        return "re.compile(%s, %s)" % (text, "|".join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.pattern == other.pattern and self.flags == other.flags
                and type(self.pattern) is type(other.pattern))

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @classmethod
    def __class_getitem__(cls, item):
        return cls


class _Scanner:
    """What Pattern.scanner() returns: match()/search() step through the string."""

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        n = len(string)
        self._pos = self._scan_pos = _clamp(pos, n)
        self._endpos = _clamp(endpos, n)
        self._must_advance = False
        self._done = False

    def _step(self, mode):
        if self._done:
            return None
        p = self.pattern
        spans = _re.match(p._program, self._string, self._pos, self._endpos,
                          mode, self._must_advance)
        if spans is None:
            self._done = True
            return None
        self._must_advance = spans[2] == spans[1]
        self._pos = spans[2]
        return Match(p, self._string, self._scan_pos, self._endpos, spans)

    def match(self):
        return self._step(0)

    def search(self):
        return self._step(2)


# ---------------------------------------------------------------- module functions

def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)

def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)

def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)

def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)

def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)

def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)

def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)

def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object."""
    return _compile(pattern, flags).finditer(string)

def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)

def purge():
    "Clear the regular expression caches"
    _cache.clear()
    _repl_cache.clear()

def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    return _compile(pattern, int(flags) | 1)

# SPECIAL_CHARS
# closing ')', '}' and ']'
# '-' (a range in character set)
# '&', '~', (extended character set operations)
# '#' (comment) and WHITESPACE (ignored) in verbose mode
_special_chars_map = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}

def escape(pattern):
    """
    Escape special characters in a string.
    """
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    else:
        pattern = str(pattern, 'latin1')
        return pattern.translate(_special_chars_map).encode('latin1')


# --------------------------------------------------------------------
# internals

# The caches live in this module's namespace, so each VM has its own.
_cache = {}  # ordered!
_repl_cache = {}

_MAXCACHE = 512
def _compile(pattern, flags):
    # internal: compile pattern
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    elif not isinstance(flags, int):
        raise TypeError("unsupported operand type(s) for &: '%s' and 'RegexFlag'"
                        % type(flags).__name__)
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except KeyError:
        pass
    except TypeError:
        key = None
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError(
                "cannot process flags argument with a compiled pattern")
        return pattern
    if not _compiler.isstring(pattern):
        raise TypeError("first argument must be string or compiled pattern")
    program, parsed = _compiler.compile(pattern, flags)
    p = Pattern(pattern, flags, program, parsed)
    if not (flags & 128):
        if len(_cache) >= _MAXCACHE:
            # Drop the oldest item
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[key] = p
    return p

def _compile_repl(repl, pattern):
    # internal: compile replacement pattern
    key = (type(repl), repl, pattern.pattern, pattern.flags)
    try:
        return _repl_cache[key]
    except KeyError:
        pass
    template = _parser.parse_template(repl, pattern)
    if len(_repl_cache) >= _MAXCACHE:
        _repl_cache.clear()
    _repl_cache[key] = template
    return template

def _expand(pattern, match, template):
    # internal: Match.expand implementation hook
    template = _parser.parse_template(template, pattern)
    return _parser.expand_template(template, match)


# --------------------------------------------------------------------
# experimental stuff (see python-dev discussions for details)

class Scanner:
    def __init__(self, lexicon, flags=0):
        from ._constants import BRANCH, SUBPATTERN
        flags = flags.__index__()
        self.lexicon = lexicon
        # combine phrases into a compound pattern
        p = []
        s = _parser.State()
        s.flags = flags
        for phrase, action in lexicon:
            gid = s.opengroup()
            p.append(_parser.SubPattern(s, [
                (SUBPATTERN, (gid, 0, 0, _parser.parse(phrase, flags))),
                ]))
            s.closegroup(gid, p[-1])
        p = _parser.SubPattern(s, [(BRANCH, (None, p))])
        program, parsed = _compiler.compile(p)
        self.scanner = Pattern(None, flags, program, parsed)
    def scan(self, string):
        result = []
        append = result.append
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self.lexicon[m.lastindex-1][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                append(action)
            i = j
        return result, string[i:]
