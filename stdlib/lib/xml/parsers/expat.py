"""xml.parsers.expat: coil's own XML 1.0 parser behind pyexpat's interface.

CPython binds the expat C library; coil has no expat, so this module is a
tokenizer written in coil that calls the same handlers (StartElementHandler,
CharacterDataHandler, ...) and reports the same errors as expat does: the
message of its error table, the code, and the line and column (columns count
characters) where expat puts them. xml.etree.ElementTree and xml.dom.minidom
are built on it.

What it checks: well-formedness (tags, attributes, references, comments, PIs,
CDATA, the XML declaration, one root), namespaces (with namespace_separator),
internal general entities declared in the DOCTYPE. What it does not: DTD
validation, external entities, parameter entities (skipped), attribute
defaults from the DTD. Input may be str (the declared encoding is ignored, as
pyexpat does) or bytes (the BOM or the declared encoding decides; UTF-8 by
default), fed at once or in pieces.
"""

import codecs as _codecs
import re as _re

EXPAT_VERSION = 'expat_2.5.0'
version_info = (2, 5, 0)
native_encoding = 'UTF-8'
features = [('sizeof(XML_Char)', 1), ('sizeof(XML_LChar)', 1)]


class ExpatError(Exception):
    pass

error = ExpatError


class _ErrorTable:
    """The namespace behind xml.parsers.expat.errors: XML_ERROR_* message
    strings, with `codes` (message -> code) and `messages` (code -> message)."""

_MESSAGES = [
    None,
    ('XML_ERROR_NO_MEMORY', 'out of memory'),
    ('XML_ERROR_SYNTAX', 'syntax error'),
    ('XML_ERROR_NO_ELEMENTS', 'no element found'),
    ('XML_ERROR_INVALID_TOKEN', 'not well-formed (invalid token)'),
    ('XML_ERROR_UNCLOSED_TOKEN', 'unclosed token'),
    ('XML_ERROR_PARTIAL_CHAR', 'partial character'),
    ('XML_ERROR_TAG_MISMATCH', 'mismatched tag'),
    ('XML_ERROR_DUPLICATE_ATTRIBUTE', 'duplicate attribute'),
    ('XML_ERROR_JUNK_AFTER_DOC_ELEMENT', 'junk after document element'),
    ('XML_ERROR_PARAM_ENTITY_REF', 'illegal parameter entity reference'),
    ('XML_ERROR_UNDEFINED_ENTITY', 'undefined entity'),
    ('XML_ERROR_RECURSIVE_ENTITY_REF', 'recursive entity reference'),
    ('XML_ERROR_ASYNC_ENTITY', 'asynchronous entity'),
    ('XML_ERROR_BAD_CHAR_REF', 'reference to invalid character number'),
    ('XML_ERROR_BINARY_ENTITY_REF', 'reference to binary entity'),
    ('XML_ERROR_ATTRIBUTE_EXTERNAL_ENTITY_REF', 'reference to external entity in attribute'),
    ('XML_ERROR_MISPLACED_XML_PI', 'XML or text declaration not at start of entity'),
    ('XML_ERROR_UNKNOWN_ENCODING', 'unknown encoding'),
    ('XML_ERROR_INCORRECT_ENCODING', 'encoding specified in XML declaration is incorrect'),
    ('XML_ERROR_UNCLOSED_CDATA_SECTION', 'unclosed CDATA section'),
    ('XML_ERROR_EXTERNAL_ENTITY_HANDLING', 'error in processing external entity reference'),
    ('XML_ERROR_NOT_STANDALONE', 'document is not standalone'),
    ('XML_ERROR_UNEXPECTED_STATE', 'unexpected parser state - please send a bug report'),
    ('XML_ERROR_ENTITY_DECLARED_IN_PE', 'entity declared in parameter entity'),
    ('XML_ERROR_FEATURE_REQUIRES_XML_DTD', 'requested feature requires XML_DTD support in Expat'),
    ('XML_ERROR_CANT_CHANGE_FEATURE_ONCE_PARSING', 'cannot change setting once parsing has begun'),
    ('XML_ERROR_UNBOUND_PREFIX', 'unbound prefix'),
    ('XML_ERROR_UNDECLARING_PREFIX', 'must not undeclare prefix'),
    ('XML_ERROR_INCOMPLETE_PE', 'incomplete markup in parameter entity'),
    ('XML_ERROR_XML_DECL', 'XML declaration not well-formed'),
    ('XML_ERROR_TEXT_DECL', 'text declaration not well-formed'),
    ('XML_ERROR_PUBLICID', 'illegal character(s) in public id'),
    ('XML_ERROR_SUSPENDED', 'parser suspended'),
    ('XML_ERROR_NOT_SUSPENDED', 'parser not suspended'),
    ('XML_ERROR_ABORTED', 'parsing aborted'),
    ('XML_ERROR_FINISHED', 'parsing finished'),
    ('XML_ERROR_SUSPEND_PE', 'cannot suspend in external parameter entity'),
    ('XML_ERROR_RESERVED_PREFIX_XML', 'reserved prefix (xml) must not be undeclared or bound to another namespace name'),
    ('XML_ERROR_RESERVED_PREFIX_XMLNS', 'reserved prefix (xmlns) must not be declared or undeclared'),
    ('XML_ERROR_RESERVED_NAMESPACE_URI', 'prefix must not be bound to one of the reserved namespace names'),
]

errors = _ErrorTable()
errors.__name__ = 'pyexpat.errors'
errors.codes = {}
errors.messages = {}
for _code in range(1, len(_MESSAGES)):
    _name, _msg = _MESSAGES[_code]
    setattr(errors, _name, _msg)
    errors.codes[_msg] = _code
    errors.messages[_code] = _msg
del _code, _name, _msg

NO_MEMORY = 1
SYNTAX = 2
NO_ELEMENTS = 3
INVALID_TOKEN = 4
UNCLOSED_TOKEN = 5
TAG_MISMATCH = 7
DUPLICATE_ATTRIBUTE = 8
JUNK = 9
UNDEFINED_ENTITY = 11
RECURSIVE_ENTITY = 12
BAD_CHAR_REF = 14
MISPLACED_XML_PI = 17
UNKNOWN_ENCODING = 18
UNCLOSED_CDATA = 20
UNBOUND_PREFIX = 27
UNDECLARING_PREFIX = 28
XML_DECL = 30
FINISHED = 36


def ErrorString(code):
    return errors.messages.get(code)


_NAME_START = (r'A-Za-z_:\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D'
               r'\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF'
               r'\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\U00010000-\U000EFFFF')
_NAME_MORE = _NAME_START + r'\-.0-9\u00B7\u0300-\u036F\u203F-\u2040'
_NAME = _re.compile('[' + _NAME_START + '][' + _NAME_MORE + ']*')
# with namespaces, names are prefix:local with one colon at most
_NC_START = _NAME_START.replace(':', '')
_NC_MORE = _NAME_MORE.replace(':', '')
_NC_RE = '[' + _NC_START + '][' + _NC_MORE + ']*'
_NCNAME = _re.compile(_NC_RE)
_NAME_CHAR = _re.compile('[' + _NAME_MORE + ']')
_TEXT = _re.compile(r'[^<&\]\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]*')
_BAD_CHAR = _re.compile(r'[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]')
_ATTR_TEXT = {"'": _re.compile(r"[^'<&\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]*"),
              '"': _re.compile(r'[^"<&\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]*')}
_WS = ' \t\n\r'
# A start tag with nothing unusual in it (no references, no errors) is read
# by two regular expressions; anything else takes the careful path.
_PLAIN_VALUE = r'''(?:"[^"<&\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]*"|'[^'<&\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]*')'''
_NAME_RE = '[' + _NAME_START + '][' + _NAME_MORE + ']*'
_PLAIN_START = _re.compile('<(' + _NAME_RE + ')((?:[ \t\n]+' + _NAME_RE + '[ \t\n]*=[ \t\n]*'
                           + _PLAIN_VALUE + ')*)[ \t\n]*(/?)>')
_PLAIN_ATTR = _re.compile('(' + _NAME_RE + ')[ \t\n]*=[ \t\n]*(?:"([^"]*)"|\'([^\']*)\')')
_QNAME_RE = _NC_RE + '(?::' + _NC_RE + ')?'
_PLAIN_START_NS = _re.compile('<(' + _QNAME_RE + ')((?:[ \t\n]+' + _QNAME_RE + '[ \t\n]*=[ \t\n]*'
                              + _PLAIN_VALUE + ')*)[ \t\n]*(/?)>')
# In content: text (1), a plain start tag (2 name, 3 attributes, 4 '/'),
# or an end tag (5 name).
_TEXT_RUN = r'([^<&\]\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]+)'


def _fast_content(name):
    return _re.compile(_TEXT_RUN + '|<(' + name + ')((?:[ \t\n]+' + name + '[ \t\n]*=[ \t\n]*'
                       + _PLAIN_VALUE + ')*)[ \t\n]*(/?)>|</(' + name + ')[ \t\n]*>')

_FAST_CONTENT = _fast_content(_NAME_RE)
_FAST_CONTENT_NS = _fast_content(_QNAME_RE)
_PREDEFINED = {'lt': '<', 'gt': '>', 'amp': '&', 'quot': '"', 'apos': "'"}
_XML_NS = 'http://www.w3.org/XML/1998/namespace'


class _Incomplete(Exception):
    """The buffer ends inside a token: wait for more data (or, at the end of
    the input, report the token as unclosed)."""


class _Fail(Exception):
    def __init__(self, code, pos):
        self.code = code
        self.pos = pos


def _common(buf, i, word):
    """How many characters of word buf has at i (where expat's error goes)."""
    n = 0
    while n < len(word) and i + n < len(buf) and buf[i + n] == word[n]:
        n += 1
    return n


def _is_char(cp):
    return (cp == 9 or cp == 10 or cp == 13 or 0x20 <= cp <= 0xD7FF
            or 0xE000 <= cp <= 0xFFFD or 0x10000 <= cp <= 0x10FFFF)


class XMLParserType:
    """A parser made by ParserCreate(): set handler attributes, then call
    Parse(data[, isfinal]) once or repeatedly, or ParseFile(file)."""

    def __init__(self, encoding=None, namespace_separator=None):
        self._encoding = encoding
        self._sep = namespace_separator
        self.buffer_text = False
        self.buffer_size = 8192
        self.ordered_attributes = False
        self.specified_attributes = False
        self.namespace_prefixes = False
        self.ErrorCode = 0
        self.ErrorByteIndex = -1
        self._error_pos = None
        self._line = 1          # position of self._buf[0]
        self._col = 0
        self._consumed = 0      # characters dropped from the buffer so far
        self._cur = 0           # buffer index of the current event
        self._buf = ''
        self._bytes = b''
        self._decoder = None
        self._bad_bytes = False
        self._pending_cr = False
        self._started = False   # any input seen (for the XML declaration)
        self._state = 0         # 0 prolog, 1 inside the root, 2 epilog
        self._stack = []        # open element names (raw, as written)
        self._ns_stack = []     # per open element: list of prefixes it declared
        self._ns = {'xml': _XML_NS}
        self._entities = {}     # internal general entities of the DOCTYPE
        self._external_dtd = False
        self._doctype_seen = False
        self._finished = False
        self._entity_depth = []
        self._cdata_buf = None
        for name in _HANDLERS:
            setattr(self, name, None)

    # -- positions ----------------------------------------------------------

    def _position(self, i):
        """(line, column) of buffer index i."""
        buf = self._buf
        nl = buf.count('\n', 0, i)
        if nl == 0:
            return self._line, self._col + i
        return self._line + nl, i - buf.rfind('\n', 0, i) - 1

    @property
    def CurrentLineNumber(self):
        return self._position(min(self._cur, len(self._buf)))[0]

    @property
    def CurrentColumnNumber(self):
        return self._position(min(self._cur, len(self._buf)))[1]

    # expat's error position is its current position, frozen by an error
    @property
    def ErrorLineNumber(self):
        if self._error_pos is not None:
            return self._error_pos[0]
        return self.CurrentLineNumber

    @property
    def ErrorColumnNumber(self):
        if self._error_pos is not None:
            return self._error_pos[1]
        return self.CurrentColumnNumber

    @property
    def CurrentByteIndex(self):
        return self._consumed + self._cur

    def _drop(self, i):
        """Forget buffer[:i] (already parsed), keeping positions right."""
        if i:
            self._line, self._col = self._position(i)
            self._buf = self._buf[i:]
            self._consumed += i
            self._cur -= i

    def _error(self, code, i):
        line, col = self._position(min(i, len(self._buf)))
        self.ErrorCode = code
        self._error_pos = (line, col)
        err = ExpatError('%s: line %d, column %d' % (errors.messages[code], line, col))
        err.code = code
        err.lineno = line
        err.offset = col
        self._finished = True
        return err

    # -- input --------------------------------------------------------------

    def Parse(self, data, isfinal=False):
        if self._finished:
            raise self._error(FINISHED, len(self._buf))
        if isinstance(data, str):
            text = data
        elif isinstance(data, (bytes, bytearray)):
            text = self._decode(bytes(data), isfinal)
        else:
            raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
        self._add_text(text, isfinal)
        self._run(isfinal)
        if self._bad_bytes:
            raise self._error(INVALID_TOKEN, len(self._buf))
        if isfinal:
            self._finished = True
        return 1

    def ParseFile(self, file):
        read = file.read
        while True:
            data = read(2048)
            if not data:
                break
            self.Parse(data, False)
        return self.Parse(b'' if isinstance(data, bytes) else '', True)

    def GetBase(self):
        return getattr(self, '_base', None)

    def SetBase(self, base):
        self._base = base

    def SetParamEntityParsing(self, flag):
        return 1

    def UseForeignDTD(self, flag=True):
        pass

    def _add_text(self, text, isfinal):
        # Line ends become \n as XML requires (a \r ending a chunk waits).
        if self._pending_cr:
            text = '\r' + text
            self._pending_cr = False
        if text.endswith('\r') and not isfinal:
            text = text[:-1]
            self._pending_cr = True
        if '\r' in text:
            text = text.replace('\r\n', '\n').replace('\r', '\n')
        if not self._started and not self._buf and text:
            if text[0] == '\ufeff':
                text = text[1:]
        self._buf += text

    def _decode(self, data, isfinal):
        if self._decoder is None:
            self._bytes += data
            enc = self._sniff(isfinal)
            if enc is None:
                return ''
            self._decoder = _codecs.getincrementaldecoder(enc)()
            data = self._bytes
            self._bytes = b''
        try:
            return self._decoder.decode(data, isfinal)
        except UnicodeDecodeError as e:
            good = data[:e.start]
            self._bad_bytes = True
            try:
                return good.decode(self._decoder_name)
            except Exception:
                return ''

    def _sniff(self, isfinal):
        """The encoding of byte input, once enough of it is seen."""
        b = self._bytes
        if self._encoding:
            self._decoder_name = self._encoding
            return self._encoding
        if b.startswith(b'\xef\xbb\xbf'):
            self._bytes = b[3:]
            enc = 'utf-8'
        elif b.startswith(b'\xff\xfe') or b.startswith(b'\xfe\xff'):
            enc = 'utf-16'
        elif b.startswith(b'<\x00?\x00'):
            enc = 'utf-16-le'
        elif b.startswith(b'\x00<\x00?'):
            enc = 'utf-16-be'
        elif b.startswith(b'<?xml') or (len(b) < 5 and b'<?xml'.startswith(b) and not isfinal):
            end = b.find(b'?>')
            if end < 0:
                if not isfinal:
                    return None
                end = len(b)
            m = _re.search(rb'encoding\s*=\s*(["\'])([A-Za-z][A-Za-z0-9._\-]*)\1', b[:end])
            enc = m.group(2).decode('ascii') if m else 'utf-8'
            # pyexpat asks the codecs registry: its LookupError goes through
            _codecs.lookup(enc)
        else:
            enc = 'utf-8'
        self._decoder_name = enc
        return enc

    # -- the tokenizer ------------------------------------------------------

    def _run(self, final):
        buf = self._buf
        n = len(buf)
        i = 0
        fast = _FAST_CONTENT if self._sep is None else _FAST_CONTENT_NS
        # Without characters XML forbids anywhere in the buffer, text and
        # end tags are found with str.find (cheaper than a regex match).
        clean = _BAD_CHAR.search(buf) is None
        find = buf.find
        try:
            while i < n:
                self._cur = i
                if self._state == 1:
                    if clean:
                        c = buf[i]
                        if c != '<' and c != '&' and c != ']':
                            j = find('<', i)
                            if j < 0:
                                j = n
                            k = find('&', i, j)
                            if k >= 0:
                                j = k
                            text = buf[i:j]
                            if ']' not in text:
                                self._chars(text)
                                i = j
                                continue
                        elif c == '<' and i + 1 < n and buf[i + 1] == '/':
                            k = find('>', i)
                            if k > 0 and buf[i + 2:k] == self._stack[-1]:
                                self._end_element(buf[i + 2:k])
                                i = k + 1
                                continue
                        elif c == '&':
                            k = find(';', i, i + 6)
                            if k > 0:
                                ch = _PREDEFINED.get(buf[i + 1:k])
                                if ch is not None:
                                    self._chars(ch)
                                    i = k + 1
                                    continue
                    # the usual tokens (text, plain tags) in one match
                    m = fast.match(buf, i)
                    if m is None:
                        i = self._content(i, final)
                        continue
                    text = m.group(1)
                    if text is not None:
                        self._chars(text)
                    else:
                        name = m.group(5)
                        if name is not None:
                            if self._stack[-1] != name:
                                raise _Fail(TAG_MISMATCH, i + 2)
                            self._end_element(name)
                        else:
                            attrs = self._plain_attrs(m.group(3))
                            if attrs is None:
                                i = self._start_tag_slow(i)
                                continue
                            name = m.group(2)
                            self._begin_element(name, attrs, i)
                            if m.group(4):
                                self._end_element(name)
                    i = m.end()
                else:
                    i = self._outside(i, final)
                    self._started = True
        except _Incomplete as inc:
            if final:
                if inc.args:
                    raise self._error(UNCLOSED_TOKEN, inc.args[0])
                raise self._unclosed(i)
            self._drop(i)
            return
        except _Fail as f:
            raise self._error(f.code, f.pos)
        self._cur = n
        if final:
            if self._state != 2:
                raise self._error(NO_ELEMENTS, n)
        else:
            self._drop(n)

    def _unclosed(self, i):
        buf = self._buf
        if buf.startswith('<![CDATA[', i):
            # expat has handed over the text but a ']' or ']]' that may
            # start the end of the section
            end = len(buf)
            if buf.endswith(']]') and end - 2 >= i + 9:
                end -= 2
            elif buf.endswith(']') and end - 1 >= i + 9:
                end -= 1
            return self._error(UNCLOSED_CDATA, end)
        if self._state == 1 and buf[i] not in '<&':
            return self._error(NO_ELEMENTS, len(buf))
        return self._error(UNCLOSED_TOKEN, i)

    def _outside(self, i, final):
        """One item of the prolog or the epilog at buffer index i."""
        buf = self._buf
        n = len(buf)
        j = i
        while j < n and buf[j] in _WS:
            j += 1
        if j > i:
            if self.DefaultHandler or self.DefaultHandlerExpand:
                self._default(buf[i:j])
            return j
        misplaced = JUNK if self._state == 2 else SYNTAX
        if buf[i] != '<':
            # a token of the DTD's grammar out of place, or not a token at all
            kind = self._prolog_token(i, final)
            if kind == '%' and self._state == 0:
                raise _Fail(10, i)      # illegal parameter entity reference
            raise _Fail(misplaced, i)
        if i + 1 >= n:
            raise _Incomplete
        c = buf[i + 1]
        if c == '?':
            return self._pi(i, final)
        if c == '!':
            if buf.startswith('<!--', i):
                return self._comment(i)
            j = i + 2
            if j >= n:
                raise _Incomplete
            if buf[j] == '-':
                if j + 1 >= n:
                    raise _Incomplete
                raise _Fail(INVALID_TOKEN, j + 1)
            if buf[j] == '[':
                raise _Fail(misplaced, i)
            k = j
            while k < n and buf[k].isascii() and (buf[k].isalpha() or buf[k] == '_'):
                k += 1
            if k >= n:
                raise _Incomplete
            if k == j or buf[k] not in ' \t\n%':
                raise _Fail(INVALID_TOKEN, k)
            if self._state == 0 and buf[j:k] == 'DOCTYPE' and not self._doctype_seen:
                return self._doctype(i)
            raise _Fail(misplaced, i)
        if _NAME.match(buf, i + 1) is None:
            raise _Fail(INVALID_TOKEN, i + 1)
        if self._state == 2:
            raise _Fail(JUNK, i)
        self._state = 1
        return self._start_tag(i)

    def _prolog_token(self, i, final):
        """Check the prolog token at i as expat's tokenizer does: its kind
        ('%' for a parameter entity reference) when it is one, else the
        error of the character that cannot go on."""
        buf = self._buf
        n = len(buf)
        c = buf[i]

        def ends(j, allowed):
            if j >= n:
                # expat waits for the rest of the token in the prolog but
                # calls it junk at once in the epilog
                if not final and self._state != 2:
                    raise _Incomplete
                return
            if buf[j] not in allowed:
                raise _Fail(INVALID_TOKEN, j)

        if c == '"' or c == "'":
            end = buf.find(c, i + 1)
            if end < 0:
                raise _Incomplete
            ends(end + 1, ' \t\n>%[')
            return 'literal'
        if c == '%':
            j = i + 1
            if j >= n:
                raise _Incomplete
            if buf[j] in ' \t\n%':
                return 'percent'
            k = self._name(j)[1]
            if buf[k] != ';':
                raise _Fail(INVALID_TOKEN, k)
            return '%'
        if c in ',[|>(]':
            return c
        if c == ')':
            j = i + 1
            if j < n and buf[j] in '*?+':
                return c
            ends(j, ' \t\n>,|)')
            return c
        if c == '#':
            k = self._name(i + 1)[1]
            ends(k, ' \t\n>)%|')
            return c
        if _NAME.match(buf, i) is not None:
            nmtoken = False
        elif _NAME_CHAR.match(buf, i) is not None:
            nmtoken = True
        else:
            raise _Fail(INVALID_TOKEN, i)
        j = i + 1
        while j < n and _NAME_CHAR.match(buf, j) is not None:
            j += 1
        if j < n and buf[j] in '+*?':
            if nmtoken:
                raise _Fail(INVALID_TOKEN, j)
            return 'name'
        ends(j, ' \t\n>),|[%')
        return 'name'

    def _content(self, i, final):
        buf = self._buf
        c = buf[i]
        if c == '<':
            if i + 1 >= len(buf):
                raise _Incomplete
            c = buf[i + 1]
            if c == '/':
                return self._end_tag(i)
            if c == '!':
                if buf.startswith('<!--', i):
                    return self._comment(i)
                if buf.startswith('<![CDATA[', i):
                    return self._cdata(i)
                if len(buf) - i < 9 and ('<![CDATA['.startswith(buf[i:]) or '<!--'.startswith(buf[i:])):
                    raise _Incomplete
                raise _Fail(INVALID_TOKEN, i + max(_common(buf, i, '<!--'), _common(buf, i, '<![CDATA[')))
            if c == '?':
                return self._pi(i, final)
            return self._start_tag(i)
        if c == '&':
            return self._reference(i)
        return self._text(i, final)

    def _text(self, i, final):
        buf = self._buf
        n = len(buf)
        j = _TEXT.match(buf, i).end()
        while j < n and buf[j] == ']':
            if buf.startswith(']]>', j):
                raise _Fail(INVALID_TOKEN, j + 2)
            if n - j < 3 and not final:
                break
            j = _TEXT.match(buf, j + 1).end()
        if j < n and buf[j] not in '<&]':
            raise _Fail(INVALID_TOKEN, j)
        if j == i:
            raise _Incomplete   # a ']' that may start ']]>'
        if j > i:
            self._chars(buf[i:j])
        return j

    def _chars(self, text):
        h = self.CharacterDataHandler
        if h is not None:
            h(text)
        elif self.DefaultHandler or self.DefaultHandlerExpand:
            self._default(text)

    def _default(self, text):
        h = self.DefaultHandlerExpand or self.DefaultHandler
        if h is not None:
            h(text)

    def _name(self, i):
        buf = self._buf
        m = _NAME.match(buf, i)
        if m is None:
            if i >= len(buf):
                raise _Incomplete
            raise _Fail(INVALID_TOKEN, i)
        j = m.end()
        if j >= len(buf):
            raise _Incomplete
        return m.group(), j

    def _qname(self, i):
        """A tag or attribute name at i: with namespaces, a second colon is
        an invalid token where it stands."""
        if self._sep is None:
            return self._name(i)
        buf = self._buf
        n = len(buf)
        m = _NCNAME.match(buf, i)
        if m is None:
            if i >= n:
                raise _Incomplete
            raise _Fail(INVALID_TOKEN, i)
        j = m.end()
        if j < n and buf[j] == ':':
            m = _NCNAME.match(buf, j + 1)
            if m is None:
                if j + 1 >= n:
                    raise _Incomplete
                raise _Fail(INVALID_TOKEN, j + 1)
            j = m.end()
            if j < n and buf[j] == ':':
                raise _Fail(INVALID_TOKEN, j)
        if j >= n:
            raise _Incomplete
        return buf[i:j], j

    def _skip_ws(self, i):
        buf = self._buf
        n = len(buf)
        while i < n and buf[i] in _WS:
            i += 1
        if i >= n:
            raise _Incomplete
        return i

    def _start_tag(self, i):
        m = (_PLAIN_START if self._sep is None else _PLAIN_START_NS).match(self._buf, i)
        if m is not None:
            attrs = self._plain_attrs(m.group(2))
            if attrs is not None:
                name = m.group(1)
                self._cur = i
                self._begin_element(name, attrs, i)
                if m.group(3):
                    self._end_element(name)
                return m.end()
        return self._start_tag_slow(i)

    def _plain_attrs(self, text):
        """(name, value) pairs of a plain start tag's attributes, or None
        for a duplicate (the careful path reports it)."""
        attrs = []
        if text:
            seen = set()
            for a in _PLAIN_ATTR.finditer(text):
                aname = a.group(1)
                if aname in seen:
                    return None
                seen.add(aname)
                value = a.group(2)
                if value is None:
                    value = a.group(3)
                if '\t' in value or '\n' in value:
                    value = value.replace('\t', ' ').replace('\n', ' ')
                attrs.append((aname, value))
        return attrs

    def _start_tag_slow(self, i):
        buf = self._buf
        name, j = self._qname(i + 1)
        attrs = []
        seen = set()
        dup = None          # expat reports a duplicate once the tag is read
        pending = None      # and errors of references in values
        self._tag_start = i
        while True:
            k = self._skip_ws(j)
            c = buf[k]
            if c == '>':
                j = k + 1
                empty = False
                break
            if c == '/':
                if k + 1 >= len(buf):
                    raise _Incomplete
                if buf[k + 1] != '>':
                    raise _Fail(INVALID_TOKEN, k + 1)
                j = k + 2
                empty = True
                break
            if k == j:
                raise _Fail(INVALID_TOKEN, k)
            aname, j = self._qname(k)
            if aname in seen and dup is None:
                dup = k
                dup_index = len(attrs)
            seen.add(aname)
            j = self._skip_ws(j)
            if buf[j] != '=':
                raise _Fail(INVALID_TOKEN, j)
            j = self._skip_ws(j + 1)
            q = buf[j]
            if q != '"' and q != "'":
                raise _Fail(INVALID_TOKEN, j)
            try:
                value, j = self._attr_value(j + 1, q)
            except _Fail as f:
                # expat reads the whole tag before it expands references
                if f.code not in (UNDEFINED_ENTITY, BAD_CHAR_REF, RECURSIVE_ENTITY) or pending:
                    raise
                pending = f
                j = buf.find(q, j + 1)
                if j < 0:
                    raise _Incomplete
                value = ''
                j += 1
            attrs.append((aname, value))
        if dup is not None:
            # expat has bound the namespaces declared before the duplicate
            h = self.StartNamespaceDeclHandler
            if self._sep is not None and h is not None:
                for aname, value in attrs[:dup_index]:
                    if aname == 'xmlns':
                        h(None, value or None)
                    elif aname.startswith('xmlns:'):
                        h(aname[6:], value)
            raise _Fail(DUPLICATE_ATTRIBUTE, dup)
        if pending is not None:
            raise pending
        self._cur = i
        self._begin_element(name, attrs, i)
        if empty:
            self._end_element(name)
        return j

    def _attr_value(self, i, quote):
        buf = self._buf
        n = len(buf)
        pat = _ATTR_TEXT[quote]
        parts = []
        while True:
            j = pat.match(buf, i).end()
            if j > i:
                # attribute-value normalisation: literal white space
                # becomes spaces (not what references produce)
                parts.append(buf[i:j].replace('\t', ' ').replace('\n', ' '))
            if j >= n:
                raise _Incomplete
            c = buf[j]
            if c == quote:
                break
            if c == '&':
                text, i = self._ref_text(j, True)
                parts.append(text)
                continue
            raise _Fail(INVALID_TOKEN, j)
        return ''.join(parts), j + 1

    def _ref_text(self, i, in_attr):
        """The replacement text of the reference at buffer index i, for an
        attribute value: (text, index after the reference)."""
        buf = self._buf
        name, j = self._ref_name(i)
        if name[0] == '#':
            return self._char_ref(name, i), j
        if name in _PREDEFINED:
            return _PREDEFINED[name], j
        value = self._entities.get(name)
        if value is None:
            if self._external_dtd:
                return '', j
            raise _Fail(UNDEFINED_ENTITY, self._tag_start)
        if '<' in value:
            raise _Fail(INVALID_TOKEN, i)
        return self._expand_attr(value, name, i), j

    def _expand_attr(self, value, name, at):
        if name in self._entity_depth:
            raise _Fail(RECURSIVE_ENTITY, at)
        self._entity_depth.append(name)
        try:
            out = []
            k = 0
            while True:
                amp = value.find('&', k)
                if amp < 0:
                    out.append(value[k:])
                    break
                out.append(value[k:amp])
                end = value.find(';', amp)
                ref = value[amp + 1:end]
                if ref.startswith('#'):
                    out.append(self._char_ref(ref, at))
                elif ref in _PREDEFINED:
                    out.append(_PREDEFINED[ref])
                elif ref in self._entities:
                    out.append(self._expand_attr(self._entities[ref], ref, at))
                else:
                    raise _Fail(UNDEFINED_ENTITY, at)
                k = end + 1
            return ''.join(out).replace('\t', ' ').replace('\n', ' ')
        finally:
            self._entity_depth.pop()

    def _ref_name(self, i):
        """'name' or '#123'/'#x1F' of the reference at i, and the index after ';'."""
        buf = self._buf
        n = len(buf)
        if i + 1 >= n:
            raise _Incomplete
        if buf[i + 1] == '#':
            k = i + 2
            if k >= n:
                raise _Incomplete
            digits = '0123456789'
            if buf[k] == 'x':
                k += 1
                digits = '0123456789abcdefABCDEF'
            start = k
            while k < n and buf[k] in digits:
                k += 1
            if k >= n:
                raise _Incomplete
            if buf[k] != ';' or k == start:
                raise _Fail(INVALID_TOKEN, k)
            return buf[i + 1:k], k + 1
        if self._sep is None:
            name, k = self._name(i + 1)
        else:
            m = _NCNAME.match(buf, i + 1)
            if m is None:
                raise _Fail(INVALID_TOKEN, i + 1)
            name, k = m.group(), m.end()
            if k >= n:
                raise _Incomplete
        if buf[k] != ';':
            raise _Fail(INVALID_TOKEN, k)
        return name, k + 1

    def _char_ref(self, ref, at):
        cp = int(ref[2:], 16) if ref[1] == 'x' else int(ref[1:])
        if not _is_char(cp):
            raise _Fail(BAD_CHAR_REF, at)
        return chr(cp)

    def _reference(self, i):
        buf = self._buf
        name, j = self._ref_name(i)
        if name[0] == '#':
            self._chars(self._char_ref(name, i))
            return j
        if name in _PREDEFINED:
            self._chars(_PREDEFINED[name])
            return j
        value = self._entities.get(name)
        if value is None:
            if not self._external_dtd:
                raise _Fail(UNDEFINED_ENTITY, i)
            self._cur = i
            if self.SkippedEntityHandler is not None:
                self.SkippedEntityHandler(name, 0)
            else:
                self._default(buf[i:j])
            return j
        self._expand_content(name, value, i)
        return j

    def _expand_content(self, name, value, at):
        """Parse an internal entity's replacement text as content, in a
        parser of its own that shares the handlers and the element stack."""
        if name in self._entity_depth:
            raise _Fail(RECURSIVE_ENTITY, at)
        sub = XMLParserType.__new__(XMLParserType)
        sub.__dict__.update(self.__dict__)
        sub._buf = value
        sub._line, sub._col = self._position(at)
        sub._entity_depth = self._entity_depth + [name]
        depth = len(self._stack)
        sub._stack = list(self._stack)
        try:
            sub._run_entity()
        except _Fail as f:
            raise _Fail(f.code, at)
        if len(sub._stack) != depth:
            raise _Fail(INVALID_TOKEN if len(sub._stack) < depth else 13, at)

    def _run_entity(self):
        i = 0
        n = len(self._buf)
        try:
            while i < n:
                i = self._content(i, True)
        except _Incomplete:
            raise _Fail(INVALID_TOKEN, i)

    def _end_tag(self, i):
        buf = self._buf
        # expat does not check the colons of an end tag: it must match
        name, j = self._name(i + 2)
        j = self._skip_ws(j)
        if buf[j] != '>':
            raise _Fail(INVALID_TOKEN, j)
        if not self._stack or self._stack[-1] != name:
            raise _Fail(TAG_MISMATCH, i + 2)
        self._cur = i
        self._end_element(name)
        return j + 1

    def _comment(self, i):
        buf = self._buf
        end = buf.find('--', i + 4)
        if end < 0 or end + 2 >= len(buf):
            raise _Incomplete
        if buf[end + 2] != '>':
            raise _Fail(INVALID_TOKEN, end + 2)
        text = buf[i + 4:end]
        m = _BAD_CHAR.search(text)
        if m:
            raise _Fail(INVALID_TOKEN, i + 4 + m.start())
        self._cur = i
        if self.CommentHandler is not None:
            self.CommentHandler(text)
        else:
            self._default(buf[i:end + 3])
        return end + 3

    def _cdata(self, i):
        buf = self._buf
        end = buf.find(']]>', i + 9)
        if end < 0:
            raise _Incomplete
        text = buf[i + 9:end]
        m = _BAD_CHAR.search(text)
        if m:
            raise _Fail(INVALID_TOKEN, i + 9 + m.start())
        self._cur = i
        if self.StartCdataSectionHandler is not None:
            self.StartCdataSectionHandler()
        if text:
            self._chars(text)
        if self.EndCdataSectionHandler is not None:
            self.EndCdataSectionHandler()
        return end + 3

    def _pi(self, i, final):
        buf = self._buf
        if self._sep is not None:
            # with namespaces a target is a name without colons
            m = _NCNAME.match(buf, i + 2)
            if m is None:
                if i + 2 >= len(buf):
                    raise _Incomplete
                raise _Fail(INVALID_TOKEN, i + 2)
            target, j = m.group(), m.end()
            if j >= len(buf):
                raise _Incomplete
            if buf[j] == ':':
                raise _Fail(INVALID_TOKEN, j)
        else:
            target, j = self._name(i + 2)
        # the PI token first: white space or '?>' after the target
        if buf[j] == '?':
            if j + 1 >= len(buf):
                raise _Incomplete
            if buf[j + 1] != '>':
                raise _Fail(INVALID_TOKEN, j + 1)
        elif buf[j] not in _WS:
            raise _Fail(INVALID_TOKEN, j)
        if target.lower() == 'xml':
            if target != 'xml':
                raise _Fail(INVALID_TOKEN, j)
            if self._started or i != 0 or self._state != 0:
                raise _Fail(JUNK if self._state == 2 else MISPLACED_XML_PI, i)
            return self._xml_decl(i, j)
        if buf.startswith('?>', j):
            data = ''
            end = j
        else:
            end = buf.find('?>', j)
            if end < 0:
                raise _Incomplete
            k = self._skip_ws(j)
            data = buf[k:end]
        self._cur = i
        if self.ProcessingInstructionHandler is not None:
            self.ProcessingInstructionHandler(target, data)
        else:
            self._default(buf[i:end + 2])
        return end + 2

    def _xml_decl(self, i, j):
        buf = self._buf
        end = buf.find('?>', j)
        if end < 0:
            raise _Incomplete
        # expat's reading: pseudo-attributes version, encoding, standalone
        # in that order; an error points where its reading stopped
        name, value, k = self._pseudo_attr(j, end)
        if name is None:
            raise _Fail(XML_DECL, k)
        if buf[name[0]:name[1]] != 'version':
            raise _Fail(XML_DECL, name[0])
        version = buf[value[0]:value[1]]
        encoding = standalone = None
        name, value, k = self._pseudo_attr(k, end)
        if name is not None and buf[name[0]:name[1]] == 'encoding':
            c = buf[value[0]] if value[0] < end else ''
            if not (c.isascii() and c.isalpha()):
                raise _Fail(XML_DECL, value[0])
            encoding = buf[value[0]:value[1]]
            name, value, k = self._pseudo_attr(k, end)
        if name is not None:
            if buf[name[0]:name[1]] != 'standalone':
                raise _Fail(XML_DECL, name[0])
            standalone = buf[value[0]:value[1]]
            if standalone not in ('yes', 'no'):
                raise _Fail(XML_DECL, value[0])
            while k < end and buf[k] in _WS:
                k += 1
            if k != end:
                raise _Fail(XML_DECL, k)
        self._cur = i
        if self.XmlDeclHandler is not None:
            sa = -1 if standalone is None else (1 if standalone == 'yes' else 0)
            self.XmlDeclHandler(version, encoding, sa)
        else:
            self._default(buf[i:end + 2])
        return end + 2

    def _pseudo_attr(self, k, end):
        """One `name="value"` of the XML declaration from k (before `end`):
        ((name start, end), (value start, end), index after it), or
        (None, None, k) when there is none left; _Fail where it is wrong."""
        buf = self._buf
        if k == end:
            return None, None, k
        if buf[k] not in _WS:
            raise _Fail(XML_DECL, k)
        before = k
        while k < end and buf[k] in _WS:
            k += 1
        if k == end:
            return None, None, before
        start = k
        while True:
            if k >= end or not buf[k].isascii():
                raise _Fail(XML_DECL, k)
            c = buf[k]
            if c == '=':
                name_end = k
                break
            if c in _WS:
                name_end = k
                while k < end and buf[k] in _WS:
                    k += 1
                if k >= end or buf[k] != '=':
                    raise _Fail(XML_DECL, k)
                break
            k += 1
        if k == start:
            raise _Fail(XML_DECL, k)
        k += 1
        while k < end and buf[k] in _WS:
            k += 1
        if k >= end or buf[k] not in '"\'':
            raise _Fail(XML_DECL, k)
        quote = buf[k]
        k += 1
        vstart = k
        while True:
            if k >= end:
                raise _Fail(XML_DECL, k)
            c = buf[k]
            if c == quote:
                break
            if not (c.isascii() and (c.isalnum() or c in '.-_')):
                raise _Fail(XML_DECL, k)
            k += 1
        return (start, name_end), (vstart, k), k + 1

    def _quoted(self, i):
        buf = self._buf
        q = buf[i]
        if q != '"' and q != "'":
            raise _Fail(SYNTAX, i)
        end = buf.find(q, i + 1)
        if end < 0:
            raise _Incomplete
        return buf[i + 1:end], end + 1

    def _doctype(self, i):
        buf = self._buf
        j = i + 9
        if j >= len(buf):
            raise _Incomplete
        if buf[j] not in _WS:
            raise _Fail(INVALID_TOKEN, j)
        name, j = self._name(self._skip_ws(j))
        j = self._skip_ws(j)
        pubid = sysid = None
        if buf.startswith('SYSTEM', j):
            sysid, j = self._quoted(self._skip_ws(j + 6))
        elif buf.startswith('PUBLIC', j):
            pubid, j = self._quoted(self._skip_ws(j + 6))
            sysid, j = self._quoted(self._skip_ws(j))
        j = self._skip_ws(j)
        subset_start = None
        self.internal_subset = None     # coil's: the subset's text, for minidom
        if buf[j] == '[':
            subset_start = j + 1
            j = self._internal_subset(j + 1, dry=True)
            self.internal_subset = buf[subset_start:j - 1]
            j = self._skip_ws(j)
        if buf[j] != '>':
            raise _Fail(SYNTAX, j)
        self._cur = i
        self._doctype_seen = True
        if sysid is not None:
            self._external_dtd = True
        if self.StartDoctypeDeclHandler is not None:
            self.StartDoctypeDeclHandler(name, sysid, pubid, 1 if subset_start else 0)
        else:
            self._default(buf[i:j + 1])
        if subset_start is not None:
            self._internal_subset(subset_start, dry=False)
        if self.EndDoctypeDeclHandler is not None:
            self.EndDoctypeDeclHandler()
        return j + 1

    def _internal_subset(self, j, dry):
        """Walk the internal subset from j to its ']' (returning the index
        after it); unless dry, record the general entities it declares."""
        buf = self._buf
        while True:
            j = self._skip_ws(j)
            c = buf[j]
            if c == ']':
                return j + 1
            if c == '%':
                end = buf.find(';', j)
                if end < 0:
                    raise _Incomplete
                self._external_dtd = True
                j = end + 1
                continue
            if len(buf) - j < 4 and '<!--'.startswith(buf[j:]):
                raise _Incomplete(j)        # more input may complete it
            if buf.startswith('<!--', j):
                end = buf.find('-->', j + 4)
                if end < 0:
                    raise _Incomplete
                j = end + 3
                continue
            if buf.startswith('<?', j):
                end = buf.find('?>', j)
                if end < 0:
                    raise _Incomplete
                j = end + 2
                continue
            if not buf.startswith('<!', j):
                raise _Fail(SYNTAX, j)
            decl_start = j
            try:
                k = self._decl_keyword(j)
            except _Incomplete:
                # expat has read the DOCTYPE up to here: the open
                # declaration is the unclosed token
                raise _Incomplete(j)
            words = [(False, buf[j + 2:k])]
            try:
                while True:
                    k = self._skip_ws(k)
                    c = buf[k]
                    if c == '>':
                        break
                    if c == '"' or c == "'":
                        value, k = self._quoted(k)
                        words.append((True, value))
                    elif c in '()|,*?+':
                        k += 1
                    else:
                        start = k
                        while k < len(buf) and buf[k] not in _WS and buf[k] not in '>"\'()|,*?+':
                            k += 1
                        if k >= len(buf):
                            raise _Incomplete
                        words.append((False, buf[start:k]))
            except _Incomplete:
                raise _Incomplete(decl_start)
            if not dry:
                self._declare(decl_start, words)
            j = k + 1

    def _decl_keyword(self, j):
        """Check the keyword of the markup declaration at j (`<!ENTITY`...):
        the index after it."""
        buf = self._buf
        n = len(buf)
        k = j + 2
        while k < n and buf[k].isascii() and (buf[k].isalpha() or buf[k] == '_'):
            k += 1
        if k >= n:
            raise _Incomplete
        if k == j + 2 or buf[k] not in ' \t\n%':
            raise _Fail(INVALID_TOKEN, k)
        if buf[j + 2:k] not in ('ENTITY', 'ELEMENT', 'ATTLIST', 'NOTATION'):
            raise _Fail(SYNTAX, j)
        return k

    def _declare(self, at, words):
        if len(words) < 2 or words[0] != (False, 'ENTITY'):
            return
        if words[1] == (False, '%'):
            return
        name = words[1][1]
        rest = words[2:]
        if not rest:
            return
        if rest[0][0]:
            value = self._decl_value(rest[0][1], at)
            if name not in self._entities:
                self._entities[name] = value
                if self.EntityDeclHandler is not None:
                    self.EntityDeclHandler(name, 0, value, None, None, None, None)
        else:
            # an external entity: its references are skipped
            self._external_dtd = True

    def _decl_value(self, value, at):
        # character references are replaced when the entity is declared
        out = []
        k = 0
        while True:
            amp = value.find('&#', k)
            if amp < 0:
                out.append(value[k:])
                return ''.join(out)
            end = value.find(';', amp)
            if end < 0:
                raise _Fail(INVALID_TOKEN, at)
            out.append(value[k:amp])
            out.append(self._char_ref(value[amp + 1:end], at))
            k = end + 1

    # -- elements and namespaces -------------------------------------------

    def _begin_element(self, name, attrs, at):
        self._stack.append(name)
        if self._sep is None:
            self._emit_start(name, attrs)
            return
        declared = []
        plain = []
        for aname, value in attrs:
            if aname == 'xmlns':
                declared.append((None, value))
            elif aname.startswith('xmlns:'):
                prefix = aname[6:]
                if value == '':
                    raise _Fail(UNDECLARING_PREFIX, at)
                declared.append((prefix, value))
            else:
                plain.append((aname, value))
        saved = []
        for prefix, uri in declared:
            saved.append((prefix, self._ns.get(prefix, _MISSING)))
            self._ns[prefix] = uri
            if self.StartNamespaceDeclHandler is not None:
                self.StartNamespaceDeclHandler(prefix, uri or None)
        self._ns_stack.append(saved)
        qname = self._qualify(name, True, at)
        out = []
        seen = set()
        for aname, value in plain:
            q = self._qualify(aname, False, at)
            if q in seen:
                raise _Fail(DUPLICATE_ATTRIBUTE, at)
            seen.add(q)
            out.append((q, value))
        self._emit_start(qname, out)

    def _qualify(self, name, is_element, at):
        colon = name.find(':')
        if colon < 0:
            if is_element:
                uri = self._ns.get(None)
                if uri:
                    return uri + self._sep + name
            return name
        prefix = name[:colon]
        uri = self._ns.get(prefix)
        if uri is None:
            raise _Fail(UNBOUND_PREFIX, at)
        local = name[colon + 1:]
        if self.namespace_prefixes:
            return uri + self._sep + local + self._sep + prefix
        return uri + self._sep + local

    def _emit_start(self, name, attrs):
        h = self.StartElementHandler
        if h is None:
            return
        if self.ordered_attributes:
            flat = []
            for k, v in attrs:
                flat.append(k)
                flat.append(v)
            h(name, flat)
        else:
            h(name, dict(attrs))

    def _end_element(self, name):
        self._stack.pop()
        qname = name
        if self._sep is not None:
            qname = self._qualify(name, True, 0)
        if self.EndElementHandler is not None:
            self.EndElementHandler(qname)
        if self._sep is not None:
            saved = self._ns_stack.pop()
            for prefix, old in reversed(saved):
                if old is _MISSING:
                    del self._ns[prefix]
                else:
                    self._ns[prefix] = old
                if self.EndNamespaceDeclHandler is not None:
                    self.EndNamespaceDeclHandler(prefix)
        if not self._stack and not self._entity_depth:
            self._state = 2


_MISSING = object()

_HANDLERS = [
    'StartElementHandler', 'EndElementHandler', 'ProcessingInstructionHandler',
    'CharacterDataHandler', 'UnparsedEntityDeclHandler', 'NotationDeclHandler',
    'StartNamespaceDeclHandler', 'EndNamespaceDeclHandler', 'CommentHandler',
    'StartCdataSectionHandler', 'EndCdataSectionHandler', 'DefaultHandler',
    'DefaultHandlerExpand', 'NotStandaloneHandler', 'ExternalEntityRefHandler',
    'StartDoctypeDeclHandler', 'EndDoctypeDeclHandler', 'EntityDeclHandler',
    'XmlDeclHandler', 'ElementDeclHandler', 'AttlistDeclHandler',
    'SkippedEntityHandler',
]


def ParserCreate(encoding=None, namespace_separator=None, intern=None):
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError("ParserCreate() argument 'encoding' must be str or None, not %s"
                        % type(encoding).__name__)
    if namespace_separator is not None:
        if not isinstance(namespace_separator, str):
            raise TypeError("ParserCreate() argument 'namespace_separator' must be str or None, not %s"
                            % type(namespace_separator).__name__)
        if len(namespace_separator) > 1:
            raise ValueError('namespace_separator must be at most one character, omitted, or None')
    return XMLParserType(encoding, namespace_separator)
