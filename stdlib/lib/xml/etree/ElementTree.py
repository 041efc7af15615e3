"""xml.etree.ElementTree: CPython 3.11's element tree API, written in coil.

Elements behave as CPython's C accelerator's do (its error messages, the
fast path of find() for a plain tag); parsing goes through coil's own
xml.parsers.expat. Serialization (xml, html and text methods, namespace
prefixes ns0, ns1... or registered ones, escaping, the XML declaration)
follows CPython's, and so does C14N 2.0 (canonicalize, C14NWriterTarget).
"""

__all__ = [
    'Comment', 'dump', 'Element', 'ElementTree', 'fromstring', 'fromstringlist',
    'indent', 'iselement', 'iterparse', 'parse', 'ParseError', 'PI',
    'ProcessingInstruction', 'QName', 'SubElement', 'tostring', 'tostringlist',
    'TreeBuilder', 'VERSION', 'XML', 'XMLID', 'XMLParser', 'XMLPullParser',
    'register_namespace', 'canonicalize', 'C14NWriterTarget',
]

VERSION = '1.3.0'

import sys
import re
import io
import collections
import warnings

from . import ElementPath


class ParseError(SyntaxError):
    """A document is not well-formed; .code is expat's error code and
    .position the (line, column) of the error."""


def iselement(element):
    return hasattr(element, 'tag')


def _type_name(obj):
    return type(obj).__name__


_NOARG = object()


def _check_element(obj, what):
    if not isinstance(obj, Element):
        raise TypeError('%s must be xml.etree.ElementTree.Element, not %s'
                        % (what, _type_name(obj)))


def _check_element_seq(obj):
    if not isinstance(obj, Element):
        raise TypeError('expected an Element, not "%s"' % _type_name(obj))


def _is_path(path):
    """Whether a find() argument needs ElementPath: a path character
    outside {...}. Plain tags are compared directly, as CPython's C
    Element does."""
    if not isinstance(path, str):
        return True
    plain = True
    for ch in path:
        if ch == '{':
            plain = False
        elif ch == '}':
            plain = True
        elif plain and ch in '/*[@.':
            return True
    return False


class Element:
    """An XML element: tag, attrib (a dict), text, tail, and its children
    as a sequence."""

    def __init__(self, *args, **extra):
        # argument checks and messages of the C Element: tag and attrib
        # are positional, an `attrib=` keyword is the dict when attrib
        # is not given positionally
        n = len(args)
        if n < 1:
            raise TypeError('Element() takes at least 1 argument (0 given)')
        if n > 2:
            raise TypeError('Element() takes at most 2 arguments (%d given)' % n)
        if n == 2:
            attrib = args[1]
            if not isinstance(attrib, dict):
                raise TypeError('Element() argument 2 must be dict, not %s' % _type_name(attrib))
        else:
            attrib = extra.pop('attrib', {})
            if not isinstance(attrib, dict):
                raise TypeError('attrib must be dict, not %s' % _type_name(attrib))
        self.tag = args[0]
        self.attrib = {**attrib, **extra}
        self.text = None
        self.tail = None
        self._children = []

    def __repr__(self):
        return '<%s %r at %#x>' % (self.__class__.__name__, self.tag, id(self))

    # As CPython's C Element: makeelement, copies and SubElement make plain
    # Elements, and a shallow copy shares the attrib dict.
    def makeelement(self, *args):
        if len(args) != 2:
            raise TypeError('makeelement expected 2 arguments, got %d' % len(args))
        tag, attrib = args
        if not isinstance(attrib, dict):
            raise TypeError('makeelement() argument 2 must be dict, not %s' % _type_name(attrib))
        return Element(tag, dict(attrib))

    def __copy__(self):
        elem = Element(self.tag)
        elem.attrib = self.attrib
        elem.text = self.text
        elem.tail = self.tail
        elem._children = list(self._children)
        return elem

    def __deepcopy__(self, memo):
        import copy
        elem = Element(copy.deepcopy(self.tag, memo), copy.deepcopy(self.attrib, memo))
        elem.text = copy.deepcopy(self.text, memo)
        elem.tail = copy.deepcopy(self.tail, memo)
        elem._children = [copy.deepcopy(c, memo) for c in self._children]
        memo[id(self)] = elem
        return elem

    def __sizeof__(self):
        return object.__sizeof__(self) + 8 * len(self._children)

    def __len__(self):
        return len(self._children)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._children[index]
        try:
            return self._children[index]
        except IndexError:
            raise IndexError('child index out of range') from None

    def __setitem__(self, index, element):
        if isinstance(index, slice):
            items = list(element)
            for e in items:
                _check_element_seq(e)
            self._children[index] = items
            return
        _check_element_seq(element)
        try:
            self._children[index] = element
        except IndexError:
            raise IndexError('child assignment index out of range') from None

    def __delitem__(self, index):
        if isinstance(index, slice):
            del self._children[index]
            return
        try:
            del self._children[index]
        except IndexError:
            raise IndexError('child assignment index out of range') from None

    def __iter__(self):
        return iter(self._children)

    def __getstate__(self):
        return {'tag': self.tag, 'attrib': self.attrib, 'text': self.text,
                'tail': self.tail, '_children': self._children}

    def __setstate__(self, state):
        self.__dict__.update(state)

    def append(self, *args):
        if len(args) != 1:
            raise TypeError('Element.append() takes exactly one argument (%d given)' % len(args))
        subelement = args[0]
        _check_element(subelement, 'append() argument')
        self._children.append(subelement)

    def extend(self, elements):
        try:
            items = list(elements)
        except TypeError:
            raise TypeError('expected sequence, not "%s"' % _type_name(elements)) from None
        for e in items:
            _check_element_seq(e)
        self._children.extend(items)

    def insert(self, *args):
        if len(args) != 2:
            raise TypeError('insert expected 2 arguments, got %d' % len(args))
        index, subelement = args
        _check_element(subelement, 'insert() argument 2')
        self._children.insert(index, subelement)

    def remove(self, *args):
        if len(args) != 1:
            raise TypeError('Element.remove() takes exactly one argument (%d given)' % len(args))
        subelement = args[0]
        _check_element(subelement, 'remove() argument')
        for i, child in enumerate(self._children):
            if child is subelement or child == subelement:
                del self._children[i]
                return
        raise ValueError('list.remove(x): x not in list')

    def find(self, path=_NOARG, namespaces=None):
        if path is _NOARG:
            raise TypeError("find() missing required argument 'path' (pos 1)")
        if namespaces is None and not _is_path(path):
            for child in self._children:
                if child.tag == path:
                    return child
            return None
        return ElementPath.find(self, path, namespaces)

    def findtext(self, path=_NOARG, default=None, namespaces=None):
        if path is _NOARG:
            raise TypeError("findtext() missing required argument 'path' (pos 1)")
        if namespaces is None and not _is_path(path):
            for child in self._children:
                if child.tag == path:
                    return child.text or ''
            return default
        return ElementPath.findtext(self, path, default, namespaces)

    def findall(self, path=_NOARG, namespaces=None):
        if path is _NOARG:
            raise TypeError("findall() missing required argument 'path' (pos 1)")
        if namespaces is None and not _is_path(path):
            return [child for child in self._children if child.tag == path]
        return ElementPath.findall(self, path, namespaces)

    def iterfind(self, path, namespaces=None):
        return ElementPath.iterfind(self, path, namespaces)

    def clear(self):
        self.attrib.clear()
        self._children = []
        self.text = self.tail = None

    def get(self, key=_NOARG, default=None):
        if key is _NOARG:
            raise TypeError("get() missing required argument 'key' (pos 1)")
        return self.attrib.get(key, default)

    def set(self, *args):
        if len(args) != 2:
            raise TypeError('set expected 2 arguments, got %d' % len(args))
        self.attrib[args[0]] = args[1]

    # lists, as the C Element's (not dict views)
    def keys(self):
        return list(self.attrib)

    def items(self):
        return list(self.attrib.items())

    def iter(self, *args, tag=None):
        if args:
            if len(args) > 1:
                raise TypeError('iter() takes at most 1 argument (%d given)' % len(args))
            tag = args[0]
        if tag == '*':
            tag = None
        return self._iter(tag)

    def _iter(self, tag):
        # depth first, without one generator frame per level
        stack = [iter((self,))]
        while stack:
            for elem in stack[-1]:
                if tag is None or elem.tag == tag:
                    yield elem
                if elem._children:
                    stack.append(iter(list(elem._children)))
                break
            else:
                stack.pop()

    def itertext(self):
        # as CPython's C Element: comments and PIs give their text too
        if self.text:
            yield self.text
        for child in self._children:
            yield from child.itertext()
            if child.tail:
                yield child.tail


def SubElement(*args, **extra):
    n = len(args)
    if n < 2:
        raise TypeError('SubElement() takes at least 2 arguments (%d given)' % n)
    if n > 3:
        raise TypeError('SubElement() takes at most 3 arguments (%d given)' % n)
    parent, tag = args[0], args[1]
    attrib = args[2] if n == 3 else {}
    _check_element(parent, 'SubElement() argument 1')
    if not isinstance(attrib, dict):
        raise TypeError('SubElement() argument 3 must be dict, not %s' % _type_name(attrib))
    element = Element(tag, {**attrib, **extra})
    parent.append(element)
    return element


def Comment(text=None):
    element = Element(Comment)
    element.text = text
    return element


def ProcessingInstruction(target, text=None):
    element = Element(ProcessingInstruction)
    element.text = target
    if text:
        element.text = element.text + ' ' + text
    return element

PI = ProcessingInstruction


class QName:
    """A qualified name, '{uri}local', usable as a tag, attribute name or
    value; serialized with its namespace prefix."""

    def __init__(self, text_or_uri, tag=None):
        if tag:
            text_or_uri = '{%s}%s' % (text_or_uri, tag)
        self.text = text_or_uri

    def __str__(self):
        return self.text

    def __repr__(self):
        return '<%s %r>' % (self.__class__.__name__, self.text)

    def __hash__(self):
        return hash(self.text)

    def _key(self, other):
        return other.text if isinstance(other, QName) else other

    def __le__(self, other):
        return self.text <= self._key(other)

    def __lt__(self, other):
        return self.text < self._key(other)

    def __ge__(self, other):
        return self.text >= self._key(other)

    def __gt__(self, other):
        return self.text > self._key(other)

    def __eq__(self, other):
        return self.text == self._key(other)


class ElementTree:
    """A whole document: a root element, parse() and write()."""

    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        self._root = element

    def parse(self, source, parser=None):
        close_source = False
        if not hasattr(source, 'read'):
            source = open(source, 'rb')
            close_source = True
        try:
            if parser is None:
                parser = XMLParser()
            while True:
                data = source.read(65536)
                if not data:
                    break
                parser.feed(data)
            self._root = parser.close()
            return self._root
        finally:
            if close_source:
                source.close()

    def iter(self, tag=None):
        return self._root.iter(tag)

    def _absolute(self, path):
        if path[:1] == '/':
            path = '.' + path
            warnings.warn(
                'This search is broken in 1.3 and earlier, and will be fixed '
                'in a future version.  If you rely on the current behaviour, '
                'change it to %r' % path, FutureWarning, stacklevel=3)
        return path

    def find(self, path, namespaces=None):
        return self._root.find(self._absolute(path), namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return self._root.findtext(self._absolute(path), default, namespaces)

    def findall(self, path, namespaces=None):
        return self._root.findall(self._absolute(path), namespaces)

    def iterfind(self, path, namespaces=None):
        return self._root.iterfind(self._absolute(path), namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None,
              default_namespace=None, method=None, *, short_empty_elements=True):
        if not method:
            method = 'xml'
        elif method not in _serializers:
            raise ValueError('unknown method %r' % method)
        if not encoding:
            encoding = 'utf-8' if method == 'c14n' else 'us-ascii'
        out = _Writer(file_or_filename, encoding)
        try:
            write = out.write
            declared = out.declared
            if method == 'xml' and (xml_declaration or (
                    xml_declaration is None and encoding.lower() != 'unicode'
                    and declared.lower() not in ('utf-8', 'us-ascii'))):
                write("<?xml version='1.0' encoding='%s'?>\n" % (declared,))
            if method == 'text':
                _serialize_text(write, self._root)
            else:
                qnames, namespaces = _namespaces(self._root, default_namespace)
                _serializers[method](write, self._root, qnames, namespaces,
                                     short_empty_elements=short_empty_elements)
        finally:
            out.close()

    def write_c14n(self, file):
        return self.write(file, method='c14n')


class _Writer:
    """Where write() puts text: a file it opens, a text file object as it
    is, or a binary one getting the text encoded (characters the encoding
    lacks become character references)."""

    def __init__(self, target, encoding):
        self._file = None
        self._parts = None
        self._encoding = encoding
        write = getattr(target, 'write', None)
        if write is None:
            if encoding.lower() == 'unicode':
                encoding = 'utf-8'
            self._file = open(target, 'w', encoding=encoding, errors='xmlcharrefreplace')
            self.write = self._file.write
            self.declared = encoding
        elif encoding.lower() == 'unicode':
            self.write = write
            self.declared = getattr(target, 'encoding', None) or 'utf-8'
        else:
            import codecs
            codecs.lookup(encoding)
            self._parts = []
            self._target_write = write
            self.write = self._parts.append
            self.declared = encoding

    def close(self):
        if self._file is not None:
            self._file.close()
        elif self._parts is not None:
            data = ''.join(self._parts).encode(self._encoding, 'xmlcharrefreplace')
            self._parts = None
            if data:
                self._target_write(data)


_namespace_map = {
    'http://www.w3.org/XML/1998/namespace': 'xml',
    'http://www.w3.org/1999/xhtml': 'html',
    'http://www.w3.org/1999/02/22-rdf-syntax-ns#': 'rdf',
    'http://schemas.xmlsoap.org/wsdl/': 'wsdl',
    'http://www.w3.org/2001/XMLSchema': 'xs',
    'http://www.w3.org/2001/XMLSchema-instance': 'xsi',
    'http://purl.org/dc/elements/1.1/': 'dc',
}


def register_namespace(prefix, uri):
    if re.match(r'ns\d+$', prefix):
        raise ValueError('Prefix format reserved for internal use')
    for k, v in list(_namespace_map.items()):
        if k == uri or v == prefix:
            del _namespace_map[k]
    _namespace_map[uri] = prefix


def _raise_serialization_error(text):
    raise TypeError('cannot serialize %r (type %s)' % (text, type(text).__name__))


def _namespaces(elem, default_namespace=None):
    """The serialized name of every tag and attribute name ({uri}local ->
    prefix:local), and the prefix chosen for each namespace."""
    qnames = {None: None}
    namespaces = {}
    if default_namespace:
        namespaces[default_namespace] = ''

    def add_qname(qname):
        try:
            if qname[:1] == '{':
                uri, tag = qname[1:].rsplit('}', 1)
                prefix = namespaces.get(uri)
                if prefix is None:
                    prefix = _namespace_map.get(uri)
                    if prefix is None:
                        prefix = 'ns%d' % len(namespaces)
                    if prefix != 'xml':
                        namespaces[uri] = prefix
                if prefix:
                    qnames[qname] = '%s:%s' % (prefix, tag)
                else:
                    qnames[qname] = tag
            else:
                if default_namespace:
                    raise ValueError('cannot use non-qualified names with '
                                     'default_namespace option')
                qnames[qname] = qname
        except TypeError:
            _raise_serialization_error(qname)

    for e in elem.iter():
        tag = e.tag
        if isinstance(tag, QName):
            if tag.text not in qnames:
                add_qname(tag.text)
        elif isinstance(tag, str):
            if tag not in qnames:
                add_qname(tag)
        elif tag is not None and tag is not Comment and tag is not PI:
            _raise_serialization_error(tag)
        for key, value in e.items():
            if isinstance(key, QName):
                key = key.text
            if key not in qnames:
                add_qname(key)
            if isinstance(value, QName) and value.text not in qnames:
                add_qname(value.text)
        text = e.text
        if isinstance(text, QName) and text.text not in qnames:
            add_qname(text.text)
    return qnames, namespaces


def _write_namespaces(write, namespaces):
    for uri, prefix in sorted(namespaces.items(), key=lambda x: x[1]):
        if prefix:
            prefix = ':' + prefix
        write(' xmlns%s="%s"' % (prefix, _escape_attrib(uri)))


def _serialize_xml(write, elem, qnames, namespaces, short_empty_elements, **kwargs):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        write('<!--%s-->' % text)
    elif tag is ProcessingInstruction:
        write('<?%s?>' % text)
    else:
        tag = qnames[tag]
        if tag is None:
            if text:
                write(_escape_cdata(text))
            for e in elem:
                _serialize_xml(write, e, qnames, None, short_empty_elements=short_empty_elements)
        else:
            write('<' + tag)
            items = list(elem.items())
            if items or namespaces:
                if namespaces:
                    _write_namespaces(write, namespaces)
                for k, v in items:
                    if isinstance(k, QName):
                        k = k.text
                    if isinstance(v, QName):
                        v = qnames[v.text]
                    else:
                        v = _escape_attrib(v)
                    write(' %s="%s"' % (qnames[k], v))
            if text or len(elem) or not short_empty_elements:
                write('>')
                if text:
                    write(_escape_cdata(text))
                for e in elem:
                    _serialize_xml(write, e, qnames, None, short_empty_elements=short_empty_elements)
                write('</' + tag + '>')
            else:
                write(' />')
    if elem.tail:
        write(_escape_cdata(elem.tail))


HTML_EMPTY = {'area', 'base', 'basefont', 'br', 'col', 'embed', 'frame', 'hr',
              'img', 'input', 'isindex', 'link', 'meta', 'param', 'source',
              'track', 'wbr'}


def _serialize_html(write, elem, qnames, namespaces, **kwargs):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        write('<!--%s-->' % _escape_cdata(text))
    elif tag is ProcessingInstruction:
        write('<?%s?>' % _escape_cdata(text))
    else:
        tag = qnames[tag]
        if tag is None:
            if text:
                write(_escape_cdata(text))
            for e in elem:
                _serialize_html(write, e, qnames, None)
        else:
            write('<' + tag)
            items = list(elem.items())
            if items or namespaces:
                if namespaces:
                    _write_namespaces(write, namespaces)
                for k, v in items:
                    if isinstance(k, QName):
                        k = k.text
                    if isinstance(v, QName):
                        v = qnames[v.text]
                    else:
                        v = _escape_attrib_html(v)
                    write(' %s="%s"' % (qnames[k], v))
            write('>')
            ltag = tag.lower()
            if text:
                if ltag == 'script' or ltag == 'style':
                    write(text)
                else:
                    write(_escape_cdata(text))
            for e in elem:
                _serialize_html(write, e, qnames, None)
            if ltag not in HTML_EMPTY:
                write('</' + tag + '>')
    if elem.tail:
        write(_escape_cdata(elem.tail))


def _serialize_text(write, elem):
    for part in elem.itertext():
        write(part)
    if elem.tail:
        write(elem.tail)


_serializers = {'xml': _serialize_xml, 'html': _serialize_html, 'text': _serialize_text}


def _escape_cdata(text):
    try:
        if '&' in text:
            text = text.replace('&', '&amp;')
        if '<' in text:
            text = text.replace('<', '&lt;')
        if '>' in text:
            text = text.replace('>', '&gt;')
        return text
    except (TypeError, AttributeError):
        _raise_serialization_error(text)


def _escape_attrib(text):
    try:
        if '&' in text:
            text = text.replace('&', '&amp;')
        if '<' in text:
            text = text.replace('<', '&lt;')
        if '>' in text:
            text = text.replace('>', '&gt;')
        if '"' in text:
            text = text.replace('"', '&quot;')
        # line ends and tabs inside a value are kept as references, so a
        # parser's normalisation does not turn them into spaces
        if '\r' in text:
            text = text.replace('\r', '&#13;')
        if '\n' in text:
            text = text.replace('\n', '&#10;')
        if '\t' in text:
            text = text.replace('\t', '&#09;')
        return text
    except (TypeError, AttributeError):
        _raise_serialization_error(text)


def _escape_attrib_html(text):
    try:
        if '&' in text:
            text = text.replace('&', '&amp;')
        if '>' in text:
            text = text.replace('>', '&gt;')
        if '"' in text:
            text = text.replace('"', '&quot;')
        return text
    except (TypeError, AttributeError):
        _raise_serialization_error(text)


def tostring(element, encoding=None, method=None, *, xml_declaration=None,
             default_namespace=None, short_empty_elements=True):
    stream = io.StringIO() if encoding == 'unicode' else io.BytesIO()
    ElementTree(element).write(stream, encoding, xml_declaration=xml_declaration,
                               default_namespace=default_namespace, method=method,
                               short_empty_elements=short_empty_elements)
    return stream.getvalue()


class _PieceList:
    """A file-like object keeping each write() as one piece."""

    def __init__(self, pieces):
        self._pieces = pieces

    def write(self, data):
        self._pieces.append(data)


def tostringlist(element, encoding=None, method=None, *, xml_declaration=None,
                 default_namespace=None, short_empty_elements=True):
    pieces = []
    ElementTree(element).write(_PieceList(pieces), encoding, xml_declaration=xml_declaration,
                               default_namespace=default_namespace, method=method,
                               short_empty_elements=short_empty_elements)
    return pieces


def dump(elem):
    if not isinstance(elem, ElementTree):
        elem = ElementTree(elem)
    elem.write(sys.stdout, encoding='unicode')
    tail = elem.getroot().tail
    if not tail or tail[-1] != '\n':
        sys.stdout.write('\n')


def indent(tree, space='  ', level=0):
    """Indent a tree in place: each level's children on their own lines,
    `space` deeper than their parent (text and tails that are only white
    space are replaced)."""
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError(f'Initial indentation level must be >= 0, got {level}')
    if not len(tree):
        return
    indents = ['\n' + level * space]

    def indent_children(elem, lvl):
        child_lvl = lvl + 1
        if child_lvl < len(indents):
            child_indent = indents[child_lvl]
        else:
            child_indent = indents[lvl] + space
            indents.append(child_indent)
        if not elem.text or not elem.text.strip():
            elem.text = child_indent
        for child in elem:
            if len(child):
                indent_children(child, child_lvl)
            if not child.tail or not child.tail.strip():
                child.tail = child_indent
        if not child.tail.strip():
            child.tail = indents[lvl]

    indent_children(tree, 0)


def parse(source, parser=None):
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


class _IterParseIterator:
    def __init__(self, gen):
        self._gen = gen
        self.root = None

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


def iterparse(source, events=None, parser=None):
    """(event, element) pairs while `source` (a file name or binary file)
    is parsed; `.root` is the root once the iteration is done."""
    pull = XMLPullParser(events=events, _parser=parser)

    def generate():
        close_source = False
        src = source
        try:
            if not hasattr(src, 'read'):
                src = open(src, 'rb')
                close_source = True
            yield None
            while True:
                yield from pull.read_events()
                data = src.read(16 * 1024)
                if not data:
                    break
                pull.feed(data)
            root = pull._close_and_return_root()
            yield from pull.read_events()
            it.root = root
        finally:
            if close_source:
                src.close()

    it = _IterParseIterator(generate())
    next(it)
    return it


class XMLPullParser:
    """A parser fed with feed() whose events (start, end, start-ns, end-ns,
    comment, pi) are read with read_events()."""

    def __init__(self, events=None, *, _parser=None):
        self._events_queue = collections.deque()
        self._parser = _parser or XMLParser(target=TreeBuilder())
        if events is None:
            events = ('end',)
        self._parser._setevents(self._events_queue, events)

    def feed(self, data):
        if self._parser is None:
            raise ValueError('feed() called after end of stream')
        if data:
            try:
                self._parser.feed(data)
            except SyntaxError as exc:
                self._events_queue.append(exc)

    def _close_and_return_root(self):
        root = self._parser.close()
        self._parser = None
        return root

    def close(self):
        self._close_and_return_root()

    def read_events(self):
        events = self._events_queue
        while events:
            event = events.popleft()
            if isinstance(event, Exception):
                raise event
            yield event


def XML(text, parser=None):
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    return parser.close()

fromstring = XML


def XMLID(text, parser=None):
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    tree = parser.close()
    ids = {}
    for elem in tree.iter():
        id = elem.get('id')
        if id:
            ids[id] = elem
    return tree, ids


def fromstringlist(sequence, parser=None):
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    for text in sequence:
        parser.feed(text)
    return parser.close()


class TreeBuilder:
    """Builds a tree from start/data/end (and comment/pi) calls; close()
    returns the root."""

    def __init__(self, element_factory=None, *, comment_factory=None,
                 pi_factory=None, insert_comments=False, insert_pis=False):
        self._data = []
        self._elem = []
        self._last = None
        self._root = None
        self._tail = None
        self._comment_factory = Comment if comment_factory is None else comment_factory
        self._pi_factory = ProcessingInstruction if pi_factory is None else pi_factory
        self.insert_comments = insert_comments
        self.insert_pis = insert_pis
        self._factory = Element if element_factory is None else element_factory

    def close(self):
        return self._root

    def _flush(self):
        if self._data:
            if self._last is not None:
                text = ''.join(self._data)
                if self._tail:
                    self._last.tail = text
                else:
                    self._last.text = text
            self._data = []

    def data(self, data):
        self._data.append(data)

    def start(self, tag, attrs):
        self._flush()
        self._last = elem = self._factory(tag, attrs)
        if self._elem:
            self._elem[-1].append(elem)
        elif self._root is None:
            self._root = elem
        self._elem.append(elem)
        self._tail = 0
        return elem

    def end(self, tag):
        self._flush()
        self._last = self._elem.pop()
        self._tail = 1
        return self._last

    def comment(self, text):
        return self._single(self._comment_factory, self.insert_comments, text)

    def pi(self, target, text=None):
        return self._single(self._pi_factory, self.insert_pis, target, text)

    def _single(self, factory, insert, *args):
        elem = factory(*args)
        if insert:
            self._flush()
            self._last = elem
            if self._elem:
                self._elem[-1].append(elem)
            self._tail = 1
        return elem


class XMLParser:
    """The parser behind fromstring()/parse(): feed() data, close() to get
    what the target's close() returns (the root, with a TreeBuilder)."""

    def __init__(self, *, target=None, encoding=None):
        from xml.parsers import expat
        parser = expat.ParserCreate(encoding, '}')
        if target is None:
            target = TreeBuilder()
        self.parser = self._parser = parser
        self.target = self._target = target
        self._error = expat.error
        self._names = {}
        parser.DefaultHandlerExpand = self._default
        if hasattr(target, 'start'):
            parser.StartElementHandler = self._start
        if hasattr(target, 'end'):
            parser.EndElementHandler = self._end
        if hasattr(target, 'start_ns'):
            parser.StartNamespaceDeclHandler = self._start_ns
        if hasattr(target, 'end_ns'):
            parser.EndNamespaceDeclHandler = self._end_ns
        if hasattr(target, 'data'):
            parser.CharacterDataHandler = target.data
        if hasattr(target, 'comment'):
            parser.CommentHandler = target.comment
        if hasattr(target, 'pi'):
            parser.ProcessingInstructionHandler = target.pi
        if hasattr(target, 'doctype'):
            parser.StartDoctypeDeclHandler = self._doctype_decl
        parser.buffer_text = 1
        parser.ordered_attributes = 1
        self.entity = {}
        self.version = 'Expat %d.%d.%d' % expat.version_info

    def _setevents(self, events_queue, events_to_report):
        parser = self._parser
        append = events_queue.append
        for event in events_to_report:
            if event == 'start':
                parser.ordered_attributes = 1
                def handler(tag, attrib_in, event=event, append=append, start=self._start):
                    append((event, start(tag, attrib_in)))
                parser.StartElementHandler = handler
            elif event == 'end':
                def handler(tag, event=event, append=append, end=self._end):
                    append((event, end(tag)))
                parser.EndElementHandler = handler
            elif event == 'start-ns':
                if hasattr(self.target, 'start_ns'):
                    def handler(prefix, uri, event=event, append=append, start_ns=self._start_ns):
                        append((event, start_ns(prefix, uri)))
                else:
                    def handler(prefix, uri, event=event, append=append):
                        append((event, (prefix or '', uri or '')))
                parser.StartNamespaceDeclHandler = handler
            elif event == 'end-ns':
                if hasattr(self.target, 'end_ns'):
                    def handler(prefix, event=event, append=append, end_ns=self._end_ns):
                        append((event, end_ns(prefix)))
                else:
                    def handler(prefix, event=event, append=append):
                        append((event, None))
                parser.EndNamespaceDeclHandler = handler
            elif event == 'comment':
                def handler(text, event=event, append=append, self=self):
                    append((event, self.target.comment(text)))
                parser.CommentHandler = handler
            elif event == 'pi':
                def handler(pi_target, data, event=event, append=append, self=self):
                    append((event, self.target.pi(pi_target, data)))
                parser.ProcessingInstructionHandler = handler
            else:
                raise ValueError('unknown event %r' % event)

    def _raiseerror(self, value):
        err = ParseError(str(value))
        err.code = value.code
        err.position = value.lineno, value.offset
        raise err from None

    def _fixname(self, key):
        name = self._names.get(key)
        if name is None:
            name = key
            if '}' in name:
                name = '{' + name
            self._names[key] = name
        return name

    def _start_ns(self, prefix, uri):
        return self.target.start_ns(prefix or '', uri or '')

    def _end_ns(self, prefix):
        return self.target.end_ns(prefix or '')

    def _start(self, tag, attr_list):
        fixname = self._fixname
        tag = fixname(tag)
        attrib = {}
        if attr_list:
            for i in range(0, len(attr_list), 2):
                attrib[fixname(attr_list[i])] = attr_list[i + 1]
        return self.target.start(tag, attrib)

    def _end(self, tag):
        return self.target.end(self._fixname(tag))

    def _doctype_decl(self, name, sysid, pubid, has_internal_subset):
        self.target.doctype(name, pubid, sysid)

    def _default(self, text):
        if text[:1] == '&':
            # an entity the document's DTD may declare but coil cannot read
            data_handler = getattr(self.target, 'data', None)
            if data_handler is None:
                return
            try:
                value = self.entity[text[1:-1]]
            except KeyError:
                from xml.parsers import expat
                line = self.parser.ErrorLineNumber
                col = self.parser.ErrorColumnNumber
                err = expat.error('undefined entity %s: line %d, column %d' % (text, line, col))
                err.code = 11
                err.lineno = line
                err.offset = col
                raise err
            data_handler(value)

    def feed(self, data):
        try:
            self.parser.Parse(data, False)
        except self._error as v:
            self._raiseerror(v)

    def close(self):
        try:
            self.parser.Parse(b'', True)
        except self._error as v:
            self._raiseerror(v)
        try:
            close_handler = self.target.close
        except AttributeError:
            return None
        return close_handler()

    def flush(self):
        pass


# -- C14N 2.0 ---------------------------------------------------------------

def canonicalize(xml_data=None, *, out=None, from_file=None, **options):
    """The C14N 2.0 form of a document (given as text or read from
    from_file): returned as a str, or written to `out`."""
    if xml_data is None and from_file is None:
        raise ValueError("Either 'xml_data' or 'from_file' must be provided as input")
    sio = None
    if out is None:
        sio = out = io.StringIO()
    parser = XMLParser(target=C14NWriterTarget(out.write, **options))
    if xml_data is not None:
        parser.feed(xml_data)
        parser.close()
    elif from_file is not None:
        parse(from_file, parser=parser)
    return sio.getvalue() if sio is not None else None


_looks_like_prefix_name = re.compile(r'^\w+:\w+$', re.UNICODE).match


class C14NWriterTarget:
    """A parser target writing C14N 2.0 through `write`: sorted attributes,
    namespace declarations where first used, no empty-element tags,
    comments only with with_comments; strip_text, rewrite_prefixes,
    qname_aware_tags/attrs, exclude_attrs/tags as CPython's."""

    def __init__(self, write, *, with_comments=False, strip_text=False,
                 rewrite_prefixes=False, qname_aware_tags=None, qname_aware_attrs=None,
                 exclude_attrs=None, exclude_tags=None):
        self._write = write
        self._data = []
        self._with_comments = with_comments
        self._strip_text = strip_text
        self._exclude_attrs = set(exclude_attrs) if exclude_attrs else None
        self._exclude_tags = set(exclude_tags) if exclude_tags else None
        self._rewrite_prefixes = rewrite_prefixes
        self._qname_aware_tags = set(qname_aware_tags) if qname_aware_tags else None
        self._qname_aware_attrs = set(qname_aware_attrs) if qname_aware_attrs else None
        # (uri, prefix) pairs declared in the output, per open element
        self._declared_ns_stack = [[('http://www.w3.org/XML/1998/namespace', 'xml')]]
        # (uri, prefix) pairs the document declared, per open element
        self._ns_stack = []
        if not rewrite_prefixes:
            self._ns_stack.append(list(_namespace_map.items()))
        self._ns_stack.append([])
        self._prefix_map = {}
        self._preserve_space = [False]
        self._pending_start = None
        self._root_seen = False
        self._root_done = False
        self._ignored_depth = 0

    def _iter_namespaces(self, ns_stack):
        for namespaces in reversed(ns_stack):
            if namespaces:
                yield from namespaces

    def _resolve_prefix_name(self, prefixed_name):
        prefix, name = prefixed_name.split(':', 1)
        for uri, p in self._iter_namespaces(self._ns_stack):
            if p == prefix:
                return f'{{{uri}}}{name}'
        raise ValueError(f'Prefix {prefix} of QName "{prefixed_name}" is not declared in scope')

    def _qname(self, qname, uri=None):
        if uri is None:
            uri, tag = qname[1:].rsplit('}', 1) if qname[:1] == '{' else ('', qname)
        else:
            tag = qname
        prefixes_seen = set()
        for u, prefix in self._iter_namespaces(self._declared_ns_stack):
            if u == uri and prefix not in prefixes_seen:
                return f'{prefix}:{tag}' if prefix else tag, tag, uri
            prefixes_seen.add(prefix)
        # not declared yet: declare it here
        if self._rewrite_prefixes:
            if uri in self._prefix_map:
                prefix = self._prefix_map[uri]
            else:
                prefix = self._prefix_map[uri] = f'n{len(self._prefix_map)}'
            self._declared_ns_stack[-1].append((uri, prefix))
            return f'{prefix}:{tag}', tag, uri
        if not uri and '' not in prefixes_seen:
            return tag, tag, uri
        for u, prefix in self._iter_namespaces(self._ns_stack):
            if u == uri:
                self._declared_ns_stack[-1].append((uri, prefix))
                return f'{prefix}:{tag}' if prefix else tag, tag, uri
        if not uri:
            return tag, tag, uri
        raise ValueError(f'Namespace "{uri}" is not declared in scope')

    def data(self, data):
        if not self._ignored_depth:
            self._data.append(data)

    def _flush(self):
        data = ''.join(self._data)
        del self._data[:]
        if self._strip_text and not self._preserve_space[-1]:
            data = data.strip()
        if self._pending_start is not None:
            args, self._pending_start = self._pending_start, None
            qname_text = data if data and _looks_like_prefix_name(data) else None
            self._start(*args, qname_text)
            if qname_text is not None:
                return
        if data and self._root_seen:
            self._write(_escape_cdata_c14n(data))

    def start_ns(self, prefix, uri):
        if self._ignored_depth:
            return
        if self._data:
            self._flush()
        self._ns_stack[-1].append((uri, prefix))

    def start(self, tag, attrs):
        if self._exclude_tags is not None and (self._ignored_depth or tag in self._exclude_tags):
            self._ignored_depth += 1
            return
        if self._data:
            self._flush()
        new_namespaces = []
        self._declared_ns_stack.append(new_namespaces)
        if self._qname_aware_tags is not None and tag in self._qname_aware_tags:
            # the text decides whether a prefix needs declaring
            self._pending_start = (tag, attrs, new_namespaces)
            return
        self._start(tag, attrs, new_namespaces)

    def _start(self, tag, attrs, new_namespaces, qname_text=None):
        if self._exclude_attrs is not None and attrs:
            attrs = {k: v for k, v in attrs.items() if k not in self._exclude_attrs}
        qnames = {tag, *attrs}
        resolved_names = {}
        if qname_text is not None:
            qname = resolved_names[qname_text] = self._resolve_prefix_name(qname_text)
            qnames.add(qname)
        qattrs = None
        if self._qname_aware_attrs is not None and attrs:
            qattrs = self._qname_aware_attrs.intersection(attrs)
            if qattrs:
                for attr_name in qattrs:
                    value = attrs[attr_name]
                    if _looks_like_prefix_name(value):
                        qname = resolved_names[value] = self._resolve_prefix_name(value)
                        qnames.add(qname)
            else:
                qattrs = None
        # prefixes are assigned in the order of the URIs
        parsed = {n: self._qname(n) for n in sorted(qnames, key=lambda n: n.split('}', 1))}
        if new_namespaces:
            attr_list = [('xmlns:' + prefix if prefix else 'xmlns', uri) for uri, prefix in new_namespaces]
            attr_list.sort()
        else:
            attr_list = []
        if attrs:
            for k, v in sorted(attrs.items()):
                if qattrs is not None and k in qattrs and v in resolved_names:
                    v = parsed[resolved_names[v]][0]
                attr_qname, attr_name, uri = parsed[k]
                attr_list.append((attr_qname if uri else attr_name, v))
        space = attrs.get('{http://www.w3.org/XML/1998/namespace}space')
        self._preserve_space.append(space == 'preserve' if space else self._preserve_space[-1])
        write = self._write
        write('<' + parsed[tag][0])
        if attr_list:
            write(''.join([f' {k}="{_escape_attrib_c14n(v)}"' for k, v in attr_list]))
        write('>')
        if qname_text is not None:
            write(_escape_cdata_c14n(parsed[resolved_names[qname_text]][0]))
        self._root_seen = True
        self._ns_stack.append([])

    def end(self, tag):
        if self._ignored_depth:
            self._ignored_depth -= 1
            return
        if self._data:
            self._flush()
        self._write(f'</{self._qname(tag)[0]}>')
        self._preserve_space.pop()
        self._root_done = len(self._preserve_space) == 1
        self._declared_ns_stack.pop()
        self._ns_stack.pop()

    def comment(self, text):
        if not self._with_comments:
            return
        if self._ignored_depth:
            return
        if self._root_done:
            self._write('\n')
        elif self._root_seen and self._data:
            self._flush()
        self._write(f'<!--{_escape_cdata_c14n(text)}-->')
        if not self._root_seen:
            self._write('\n')

    def pi(self, target, data):
        if self._ignored_depth:
            return
        if self._root_done:
            self._write('\n')
        elif self._root_seen and self._data:
            self._flush()
        self._write(f'<?{target} {_escape_cdata_c14n(data)}?>' if data else f'<?{target}?>')
        if not self._root_seen:
            self._write('\n')


def _escape_cdata_c14n(text):
    try:
        if '&' in text:
            text = text.replace('&', '&amp;')
        if '<' in text:
            text = text.replace('<', '&lt;')
        if '>' in text:
            text = text.replace('>', '&gt;')
        if '\r' in text:
            text = text.replace('\r', '&#xD;')
        return text
    except (TypeError, AttributeError):
        _raise_serialization_error(text)


def _escape_attrib_c14n(text):
    try:
        if '&' in text:
            text = text.replace('&', '&amp;')
        if '<' in text:
            text = text.replace('<', '&lt;')
        if '"' in text:
            text = text.replace('"', '&quot;')
        if '\t' in text:
            text = text.replace('\t', '&#x9;')
        if '\n' in text:
            text = text.replace('\n', '&#xA;')
        if '\r' in text:
            text = text.replace('\r', '&#xD;')
        return text
    except (TypeError, AttributeError):
        _raise_serialization_error(text)
