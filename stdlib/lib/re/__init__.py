"""Support for regular expressions (RE), as CPython 3.11's re module.

coil parses patterns with CPython's own parser (re._parser) and runs them
on a native backtracking matcher (stdlib/re_engine.hpp); the _re module
(stdlib/re_module.cpp) makes the Pattern and Match objects, as CPython's
_sre does.
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

# ---------------------------------------------------------------- Pattern, Match

# Native (stdlib/re_module.cpp): matching, Match objects and the loops of
# findall/finditer/split/sub run there.
Pattern = _re.Pattern
Match = _re.Match


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
    # The cache is looked up first, as CPython's (a RegexFlag hashes and
    # compares as its int), so a hit costs one dict lookup.
    try:
        return _cache[type(pattern), pattern, flags]
    except (KeyError, TypeError):
        pass
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    elif not isinstance(flags, int):
        raise TypeError("unsupported operand type(s) for &: '%s' and 'RegexFlag'"
                        % type(flags).__name__)
    try:
        key = (type(pattern), pattern, flags)
        hash(key)
    except TypeError:
        key = None
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError(
                "cannot process flags argument with a compiled pattern")
        return pattern
    if not _compiler.isstring(pattern):
        raise TypeError("first argument must be string or compiled pattern")
    p = _compiler.compile(pattern, flags)
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

def _subx(pattern, template):
    # internal: Pattern.sub/subn's replacement when it is not a plain
    # literal: the literal a template reduces to, or the template itself
    # ((index, group) pairs, literals with None holes), expanded natively.
    if not isinstance(template, (str, bytes)):
        raise TypeError("decoding to str: need a bytes-like object, %s found"
                        % type(template).__name__)
    template = _compile_repl(template, pattern)
    if not template[0] and len(template[1]) == 1:
        return template[1][0]
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
        self.scanner = _compiler.compile(p)
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
