"""xml.etree.ElementPath: the XPath subset of Element.find/findall/iterfind.

A path is split into tokens, each step compiled to a selector (a function
from the current list of elements to the next), and the compiled steps are
cached per path and namespace map, as CPython does. Supported: `tag`,
`{uri}tag`, `prefix:tag` with a namespaces map ('' for the default), the
wildcards `*`, `{*}tag`, `{uri}*`, `{}*`, `.`, `..`, `//`, and predicates
`[@a]`, `[@a='v']`, `[@a!='v']`, `[tag]`, `[tag='text']`, `[tag!='text']`,
`[.='text']`, `[.!='text']`, `[n]`, `[last()]`, `[last()-n]`.
"""

import re

xpath_tokenizer_re = re.compile(
    r"('[^']*'|\"[^\"]*\"|::|//?|\.\.|\(\)|!=|[/.*:\[\]\(\)@=])|"
    r"((?:\{[^}]+\})?[^/\[\]\(\)@!=\s]+)|\s+")

_INDEX = re.compile(r"\-?\d+$")


def xpath_tokenizer(pattern, namespaces=None):
    """(operator, name) pairs of a path, prefixes resolved through namespaces."""
    default_ns = namespaces.get('') if namespaces else None
    after_at = False
    for op, name in xpath_tokenizer_re.findall(pattern):
        if name and name[0] != '{':
            if ':' in name:
                prefix, local = name.split(':', 1)
                if not namespaces or prefix not in namespaces:
                    raise SyntaxError("prefix %r not found in prefix map" % prefix)
                yield op, '{%s}%s' % (namespaces[prefix], local)
            elif default_ns and not after_at:
                yield op, '{%s}%s' % (default_ns, name)
            else:
                yield op, name
            after_at = False
        else:
            yield op, name
            after_at = op == '@'


class _SelectorContext:
    parent_map = None

    def __init__(self, root):
        self.root = root


def get_parent_map(context):
    pm = context.parent_map
    if pm is None:
        pm = context.parent_map = {}
        for parent in context.root.iter():
            for child in parent:
                pm[child] = parent
    return pm


def _is_wildcard_tag(tag):
    return tag[:3] == '{*}' or tag[-2:] == '}*'


def _tag_filter(tag):
    """A filter keeping the elements whose tag matches a wildcard tag."""
    if tag == '{*}*':
        # any element (not comments or PIs, unlike '*')
        def keep(t):
            return isinstance(t, str)
    elif tag == '{}*':
        def keep(t):
            return isinstance(t, str) and t[:1] != '{'
    elif tag[:3] == '{*}':
        local = tag[3:]
        suffix = tag[2:]            # '}name'
        def keep(t):
            return t == local or (isinstance(t, str) and t[-len(suffix):] == suffix)
    elif tag[-2:] == '}*':
        ns = tag[:-1]
        def keep(t):
            return isinstance(t, str) and t[:len(ns)] == ns
    else:
        raise RuntimeError(f"internal parser error, got {tag}")

    def select(elems):
        for e in elems:
            if keep(e.tag):
                yield e
    return select


def _children(result):
    for elem in result:
        yield from elem


def prepare_child(next, token):
    tag = token[1]
    if _is_wildcard_tag(tag):
        keep = _tag_filter(tag)
        def select(context, result):
            return keep(_children(result))
    else:
        if tag[:2] == '{}':
            tag = tag[2:]
        def select(context, result):
            for elem in result:
                for e in elem:
                    if e.tag == tag:
                        yield e
    return select


def prepare_star(next, token):
    def select(context, result):
        return _children(result)
    return select


def prepare_self(next, token):
    def select(context, result):
        yield from result
    return select


def prepare_descendant(next, token):
    try:
        token = next()
    except StopIteration:
        return None
    if token[0] == '*':
        tag = '*'
    elif not token[0]:
        tag = token[1]
    else:
        raise SyntaxError('invalid descendant')
    if _is_wildcard_tag(tag):
        keep = _tag_filter(tag)
        def below(result):
            for elem in result:
                for e in elem.iter():
                    if e is not elem:
                        yield e
        def select(context, result):
            return keep(below(result))
    else:
        if tag[:2] == '{}':
            tag = tag[2:]
        def select(context, result):
            for elem in result:
                for e in elem.iter(tag):
                    if e is not elem:
                        yield e
    return select


def prepare_parent(next, token):
    def select(context, result):
        parents = get_parent_map(context)
        seen = {}
        for elem in result:
            if elem in parents:
                p = parents[elem]
                if p not in seen:
                    seen[p] = None
                    yield p
    return select


def _text_of(elem):
    return ''.join(elem.itertext())


def prepare_predicate(next, token):
    # The predicate's tokens make a signature ('@-' for [@name], "-='"
    # for [tag='text'], ...) that says which of the supported forms it is.
    sig = []
    args = []
    while True:
        try:
            token = next()
        except StopIteration:
            return None
        if token[0] == ']':
            break
        if token == ('', ''):
            continue            # white space
        if token[0] and token[0][:1] in "'\"":
            token = "'", token[0][1:-1]
        sig.append(token[0] or '-')
        args.append(token[1])
    sig = ''.join(sig)

    if sig == '@-':
        key = args[1]
        def select(context, result):
            for elem in result:
                if elem.get(key) is not None:
                    yield elem
        return select

    if sig == "@-='" or sig == "@-!='":
        key = args[1]
        value = args[-1]
        if '!=' in sig:
            def select(context, result):
                for elem in result:
                    v = elem.get(key)
                    if v is not None and v != value:
                        yield elem
        else:
            def select(context, result):
                for elem in result:
                    if elem.get(key) == value:
                        yield elem
        return select

    if sig == '-' and not _INDEX.match(args[0]):
        tag = args[0]
        def select(context, result):
            for elem in result:
                if elem.find(tag) is not None:
                    yield elem
        return select

    if sig == ".='" or sig == ".!='" or (
            (sig == "-='" or sig == "-!='") and not _INDEX.match(args[0])):
        tag = args[0]
        value = args[-1]
        negate = '!=' in sig
        if tag:
            def select(context, result):
                for elem in result:
                    for e in elem.iterfind(tag):
                        if (_text_of(e) != value) if negate else (_text_of(e) == value):
                            yield elem
                            break
        else:
            def select(context, result):
                for elem in result:
                    if (_text_of(elem) != value) if negate else (_text_of(elem) == value):
                        yield elem
        return select

    if sig == '-' or sig == '-()' or sig == '-()-':
        if sig == '-':
            index = int(args[0]) - 1
            if index < 0:
                raise SyntaxError('XPath position >= 1 expected')
        else:
            if args[0] != 'last':
                raise SyntaxError('unsupported function')
            if sig == '-()-':
                try:
                    index = int(args[2]) - 1
                except ValueError:
                    raise SyntaxError('unsupported expression')
                if index > -2:
                    raise SyntaxError('XPath offset from last() must be negative')
            else:
                index = -1
        def select(context, result):
            parents = get_parent_map(context)
            for elem in result:
                try:
                    siblings = list(parents[elem].findall(elem.tag))
                    if siblings[index] is elem:
                        yield elem
                except (IndexError, KeyError):
                    pass
        return select

    raise SyntaxError('invalid predicate')


ops = {
    '': prepare_child,
    '*': prepare_star,
    '.': prepare_self,
    '..': prepare_parent,
    '//': prepare_descendant,
    '[': prepare_predicate,
}

_cache = {}


def _compile(path, namespaces):
    key = (path,)
    if namespaces:
        key += tuple(sorted(namespaces.items()))
    steps = _cache.get(key)
    if steps is not None:
        return steps
    if len(_cache) > 100:
        _cache.clear()
    if path[:1] == '/':
        raise SyntaxError('cannot use absolute path on element')
    next = iter(xpath_tokenizer(path, namespaces)).__next__
    try:
        token = next()
    except StopIteration:
        return None
    steps = []
    while True:
        try:
            steps.append(ops[token[0]](next, token))
        except StopIteration:
            raise SyntaxError('invalid path') from None
        try:
            token = next()
            if token[0] == '/':
                token = next()
        except StopIteration:
            break
    _cache[key] = steps
    return steps


def iterfind(elem, path, namespaces=None):
    if path[-1:] == '/':
        path = path + '*'      # a trailing slash means all children
    steps = _compile(path, namespaces)
    if steps is None:
        return iter(())
    result = [elem]
    context = _SelectorContext(elem)
    for step in steps:
        result = step(context, result)
    return result


def find(elem, path, namespaces=None):
    return next(iter(iterfind(elem, path, namespaces)), None)


def findall(elem, path, namespaces=None):
    return list(iterfind(elem, path, namespaces))


def findtext(elem, path, default=None, namespaces=None):
    try:
        elem = next(iter(iterfind(elem, path, namespaces)))
    except StopIteration:
        return default
    return elem.text or ''
