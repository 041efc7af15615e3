"""Filename matching with shell patterns (written in coil).

fnmatch(FILENAME, PATTERN) matches according to the local convention
(POSIX: case matters); fnmatchcase(FILENAME, PATTERN) always takes case
into account.

    *       matches everything
    ?       matches any single character
    [seq]   matches any character in seq
    [!seq]  matches any char not in seq

translate(PATTERN) returns the regular expression CPython would use. coil
has no `re`: patterns are matched directly, with the same meaning as that
expression (a `*` between fixed parts takes the shortest run that lets the
next part match, as CPython's atomic groups do).
"""

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Test whether FILENAME matches PATTERN (case-normalized as the OS does)."""
    name = _normcase(name)
    pat = _normcase(pat)
    return fnmatchcase(name, pat)


def filter(names, pat):
    """Construct a list from those elements of the iterable NAMES that match PAT."""
    result = []
    pat = _normcase(pat)
    match = _compile_pattern(pat)
    for name in names:
        if match(name):
            result.append(name)
    return result


def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, including case."""
    return _compile_pattern(pat)(name)


def translate(pat):
    """Translate a shell PATTERN to a regular expression.

    There is no way to quote meta-characters.
    """
    res = []
    for regex, _ in _scan(pat):
        res.append(regex)
    return _join_segments(res, lambda parts: "".join(parts))


def _normcase(s):
    # posixpath.normcase: no change, but only for str, bytes or a PathLike.
    if isinstance(s, (str, bytes)):
        return s
    fspath = getattr(type(s), '__fspath__', None)
    if fspath is not None:
        path = fspath(s)
        if isinstance(path, (str, bytes)):
            return path
        raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                        % (type(s).__name__, type(path).__name__))
    raise TypeError("expected str, bytes or os.PathLike object, not " + type(s).__name__)


# ------------------------------------------------------------ patterns
# A pattern is scanned into (regex, test) pairs: the piece of CPython's
# regular expression, and what one character must be to match it: a str
# (that character), _ANY, _NEVER, or a _CharSet. A `*` is the pair _STAR.

_STAR = ('*', None)
_ANY = object()
_NEVER = object()

# The characters re.escape() escapes.
_SPECIAL = '()[]{}?*+-|^$\\.&~# \t\n\r\v\f'


def _escape(c):
    return '\\' + c if c in _SPECIAL else c


class _CharSet:
    """A regular-expression character class: [...] or [^...]."""

    def __init__(self, body):
        # `body` is the text between the brackets, as translate() built it.
        self.negated = body.startswith('^')
        if self.negated:
            body = body[1:]
        self.chars = set()
        self.ranges = []
        i, n = 0, len(body)
        first = True
        while i < n:
            c, i = self._atom(body, i, first)
            first = False
            if i + 1 < n and body[i] == '-':
                hi, i = self._atom(body, i + 1, False)
                self.ranges.append((c, hi))
            else:
                self.chars.add(c)

    @staticmethod
    def _atom(body, i, first):
        if body[i] == '\\' and i + 1 < len(body):
            return body[i + 1], i + 2
        return body[i], i + 1

    def matches(self, ch):
        found = ch in self.chars
        if not found:
            for lo, hi in self.ranges:
                if lo <= ch <= hi:
                    found = True
                    break
        return found != self.negated


def _scan(pat):
    # CPython's translate(), first pass, with a test kept beside each piece.
    res = []
    add = res.append
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i = i + 1
        if c == '*':
            if not res or res[-1] is not _STAR:
                add(_STAR)
        elif c == '?':
            add(('.', _ANY))
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j = j + 1
            if j < n and pat[j] == ']':
                j = j + 1
            while j < n and pat[j] != ']':
                j = j + 1
            if j >= n:
                add(('\\[', '['))
            else:
                stuff = pat[i:j]
                if '-' not in stuff:
                    stuff = stuff.replace('\\', r'\\')
                else:
                    chunks = []
                    k = i + 2 if pat[i] == '!' else i + 1
                    while True:
                        k = pat.find('-', k, j)
                        if k < 0:
                            break
                        chunks.append(pat[i:k])
                        i = k + 1
                        k = k + 3
                    chunk = pat[i:j]
                    if chunk:
                        chunks.append(chunk)
                    else:
                        chunks[-1] += '-'
                    # Drop the ranges that are backwards (a-z after y-a...).
                    for k in range(len(chunks) - 1, 0, -1):
                        if chunks[k - 1][-1] > chunks[k][0]:
                            chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                            del chunks[k]
                    stuff = '-'.join(s.replace('\\', r'\\').replace('-', r'\-')
                                     for s in chunks)
                # Escape set operations (&&, ~~, ||) that re may add one day.
                for op in '&~|':
                    stuff = stuff.replace(op, '\\' + op)
                i = j + 1
                if not stuff:
                    add(('(?!)', _NEVER))
                elif stuff == '!':
                    add(('.', _ANY))
                else:
                    if stuff[0] == '!':
                        stuff = '^' + stuff[1:]
                    elif stuff[0] in ('^', '['):
                        stuff = '\\' + stuff
                    add((f'[{stuff}]', _CharSet(stuff)))
        else:
            add((_escape(c), c))
    return res


def _join_segments(pieces, fixed_text):
    # CPython's translate(), second pass: a fixed part after a `*` that is
    # not the last one becomes an atomic (?>.*?FIXED).
    res = []
    i, n = 0, len(pieces)
    while i < n and pieces[i] != '*':
        res.append(pieces[i])
        i += 1
    while i < n:
        i += 1
        if i == n:
            res.append(".*")
            break
        fixed = []
        while i < n and pieces[i] != '*':
            fixed.append(pieces[i])
            i += 1
        if i == n:
            res.append(".*")
            res.append(fixed_text(fixed))
        else:
            res.append(f"(?>.*?{fixed_text(fixed)})")
    return fr'(?s:{"".join(res)})\Z'


def _segments(pairs):
    # The tests between the stars: [prefix, middle..., last], and whether
    # the pattern ends with a star.
    segments = [[]]
    for regex, test in pairs:
        if test is None:
            segments.append([])
        else:
            segments[-1].append(test)
    return segments, bool(pairs) and pairs[-1] is _STAR


def _match_at(tests, name, pos):
    for k, test in enumerate(tests):
        ch = name[pos + k]
        if test is _ANY:
            continue
        if test is _NEVER:
            return False
        if type(test) is str:
            if ch != test:
                return False
        elif not test.matches(ch):
            return False
    return True


class _Matcher:
    """A compiled pattern: called with a name, says whether it matches."""

    def __init__(self, pat):
        self.is_bytes = isinstance(pat, bytes)
        text = pat.decode('latin-1') if self.is_bytes else pat
        self.segments, self.star_last = _segments(_scan(text))

    def __call__(self, name):
        if isinstance(name, bytes):
            if not self.is_bytes:
                raise TypeError("cannot use a string pattern on a bytes-like object")
            name = name.decode('latin-1')
        elif isinstance(name, str):
            if self.is_bytes:
                raise TypeError("cannot use a bytes pattern on a string-like object")
        else:
            raise TypeError("expected string or bytes-like object, got '%s'"
                            % type(name).__name__)
        segments = self.segments
        first = segments[0]
        if len(first) > len(name) or not _match_at(first, name, 0):
            return False
        if len(segments) == 1:
            return len(first) == len(name)
        pos = len(first)
        # Each middle part takes its leftmost place (nothing backtracks
        # into it, as in CPython's atomic group).
        for tests in segments[1:-1]:
            last_start = len(name) - len(tests)
            while pos <= last_start and not _match_at(tests, name, pos):
                pos += 1
            if pos > last_start:
                return False
            pos += len(tests)
        last = segments[-1]
        start = len(name) - len(last)
        return start >= pos and _match_at(last, name, start)


_cache = {}
_CACHE_MAX = 32768


def _compile_pattern(pat):
    key = (type(pat), pat)
    matcher = _cache.get(key)
    if matcher is None:
        if len(_cache) >= _CACHE_MAX:
            _cache.clear()
        matcher = _cache[key] = _Matcher(pat)
    return matcher
