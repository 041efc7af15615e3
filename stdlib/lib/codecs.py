"""codecs (coil): lookup, encode/decode with any codec, open(), the BOM
constants, incremental and stream-style helpers, and error handler
registration. The text codecs themselves are native (str.encode and
bytes.decode); the bytes-to-bytes ('hex', 'base64', 'zlib'-less) and
str-to-str ('rot13') transforms are written here, as in CPython's encodings
package."""

import _codecs
import builtins
import sys

__all__ = ["register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE", "BOM_LE",
           "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE", "BOM_UTF8", "BOM_UTF16",
           "BOM_UTF16_LE", "BOM_UTF16_BE", "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE",
           "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
           "StreamReader", "StreamWriter", "StreamReaderWriter", "getencoder", "getdecoder",
           "getincrementalencoder", "getincrementaldecoder", "getreader", "getwriter",
           "encode", "decode", "iterencode", "iterdecode", "strict_errors", "ignore_errors",
           "replace_errors", "xmlcharrefreplace_errors", "backslashreplace_errors",
           "namereplace_errors", "register_error", "lookup_error"]

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
BOM = BOM_UTF16 = BOM_UTF16_LE if sys.byteorder == 'little' else BOM_UTF16_BE
BOM_UTF32 = BOM_UTF32_LE if sys.byteorder == 'little' else BOM_UTF32_BE
BOM32_LE, BOM32_BE = BOM_UTF16_LE, BOM_UTF16_BE
BOM64_LE, BOM64_BE = BOM_UTF32_LE, BOM_UTF32_BE


class CodecInfo(tuple):
    """Codec details when looking up the codec registry."""
    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


class Codec:
    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder:
    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class IncrementalDecoder:
    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """Keeps undecoded bytes between calls (an incomplete multi-byte sequence)."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


# ---------------------------------------------------------------- the registry

_search_functions = []
_cache = {}
_error_handlers = {}


def register(search_function):
    """Register a codec search function (called with a normalised name)."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)
    _cache.clear()


def unregister(search_function):
    if search_function in _search_functions:
        _search_functions.remove(search_function)
        _cache.clear()


def _normalize(encoding):
    return encoding.lower().replace(' ', '_')


# The name of the native text codec `encoding` names, as codecs.lookup()
# reports it ("UTF_8" -> "utf-8"), or None (the list is vm/objects/codecs.cpp's).
_native_name = _codecs.lookup_name


def _text_codec(name):
    def encode(input, errors='strict'):
        return input.encode(name, errors), len(input)

    def decode(input, errors='strict'):
        return bytes(input).decode(name, errors), len(input)

    class _Encoder(IncrementalEncoder):
        def __init__(self, errors='strict'):
            IncrementalEncoder.__init__(self, errors)
            self._started = False

        def encode(self, input, final=False):
            data = input.encode(name, self.errors)
            # A BOM only at the start of the stream.
            if self._started and name in ('utf-16', 'utf-32', 'utf-8-sig'):
                data = data[{'utf-16': 2, 'utf-32': 4, 'utf-8-sig': 3}[name]:]
            self._started = True
            return data

        def reset(self):
            self._started = False

    class _Decoder(BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            BufferedIncrementalDecoder.__init__(self, errors)
            self._name = name

        def _buffer_decode(self, input, errors, final):
            bom = {'utf-16': 2, 'utf-32': 4, 'utf-8-sig': 3}.get(self._name)
            if bom is not None:
                # The byte order mark is read once, at the start of the stream.
                if len(input) < bom and not final:
                    return '', 0
                head = input[:bom]
                if self._name == 'utf-8-sig':
                    self._name = 'utf-8'
                    skip = bom if head == BOM_UTF8 else 0
                else:
                    big = head in (BOM_UTF16_BE, BOM_UTF32_BE)
                    skip = bom if big or head in (BOM_UTF16_LE, BOM_UTF32_LE) else 0
                    self._name += '-be' if big else '-le'
                text, consumed = self._buffer_decode(input[skip:], errors, final)
                return text, consumed + skip
            if not final:
                # Leave an incomplete sequence at the end for the next call.
                for cut in range(0, min(4, len(input)) + 1):
                    try:
                        return input[:len(input) - cut].decode(self._name, 'strict'), len(input) - cut
                    except UnicodeDecodeError as e:
                        if e.reason not in ('unexpected end of data', 'truncated data'):
                            break
            return input.decode(self._name, errors), len(input)

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self._name = name

    return CodecInfo(encode, decode, incrementalencoder=_Encoder, incrementaldecoder=_Decoder,
                     streamreader=None, streamwriter=None, name=_lookup_names.get(name, name))


# codecs.lookup() names that differ from what error messages say.
_lookup_names = {'latin-1': 'iso8859-1'}


# ---- the non-text codecs (codecs.encode/decode only)

def _rot13(input, errors='strict'):
    out = []
    for c in input:
        if 'a' <= c <= 'z':
            c = chr((ord(c) - 97 + 13) % 26 + 97)
        elif 'A' <= c <= 'Z':
            c = chr((ord(c) - 65 + 13) % 26 + 65)
        out.append(c)
    return ''.join(out), len(input)


def _hex_encode(input, errors='strict'):
    import binascii
    return binascii.b2a_hex(input), len(input)


def _hex_decode(input, errors='strict'):
    import binascii
    return binascii.a2b_hex(input), len(input)


def _base64_encode(input, errors='strict'):
    import base64
    return base64.encodebytes(input), len(input)


def _base64_decode(input, errors='strict'):
    import base64
    return base64.decodebytes(input), len(input)


_transforms = {
    'rot13': ('rot-13', _rot13, _rot13),
    'rot_13': ('rot-13', _rot13, _rot13),
    'hex': ('hex', _hex_encode, _hex_decode),
    'hex_codec': ('hex', _hex_encode, _hex_decode),
    'base64': ('base64', _base64_encode, _base64_decode),
    'base_64': ('base64', _base64_encode, _base64_decode),
    'base64_codec': ('base64', _base64_encode, _base64_decode),
}


def lookup(encoding):
    """Looks up a codec: its CodecInfo, or LookupError."""
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    key = _normalize(encoding)
    info = _cache.get(key)
    if info is not None:
        return info
    for search in _search_functions:
        info = search(key)
        if info is not None:
            if not isinstance(info, CodecInfo):
                if not isinstance(info, tuple) or len(info) != 4:
                    raise TypeError("codec search functions must return 4-tuples")
                info = CodecInfo(*info)
            _cache[key] = info
            return info
    native = _native_name(encoding)
    if native is not None:
        info = _text_codec(native)
    elif key.replace('-', '_') in _transforms:
        name, enc, dec = _transforms[key.replace('-', '_')]
        info = CodecInfo(enc, dec, name=name, _is_text_encoding=False)
    else:
        raise LookupError("unknown encoding: %s" % encoding)
    _cache[key] = info
    return info


def encode(obj, encoding='utf-8', errors='strict'):
    """Encodes obj with the codec registered for encoding (any codec)."""
    try:
        return lookup(encoding).encode(obj, errors)[0]
    except (TypeError, ValueError) as e:
        if isinstance(e, UnicodeError):
            raise
        raise type(e)("encoding with %r codec failed (%s: %s)" % (encoding, type(e).__name__, e)) from e


def decode(obj, encoding='utf-8', errors='strict'):
    """Decodes obj with the codec registered for encoding (any codec)."""
    try:
        return lookup(encoding).decode(obj, errors)[0]
    except (TypeError, ValueError) as e:
        if isinstance(e, UnicodeError):
            raise
        raise type(e)("decoding with %r codec failed (%s: %s)" % (encoding, type(e).__name__, e)) from e



_SIMPLE_ESCAPES = {ord('\n'): None, ord('\\'): 0x5c, ord("'"): 0x27, ord('"'): 0x22,
                   ord('a'): 7, ord('b'): 8, ord('f'): 12, ord('n'): 10,
                   ord('r'): 13, ord('t'): 9, ord('v'): 11}


def escape_decode(data, errors=None):
    """Decode the backslash escapes of a bytes literal's body: (bytes, length).

    pickle's protocol 0 reads its STRING opcode with it."""
    if isinstance(data, str):
        data = data.encode('latin-1')
    data = bytes(data)
    out = bytearray()
    i, n = 0, len(data)
    while i < n:
        c = data[i]
        i += 1
        if c != 0x5c:
            out.append(c)
            continue
        if i >= n:
            raise ValueError('Trailing \\ in string')
        c = data[i]
        i += 1
        if c in _SIMPLE_ESCAPES:
            if _SIMPLE_ESCAPES[c] is not None:
                out.append(_SIMPLE_ESCAPES[c])
        elif 0x30 <= c <= 0x37:
            value = c - 0x30
            for _ in range(2):
                if i < n and 0x30 <= data[i] <= 0x37:
                    value = value * 8 + data[i] - 0x30
                    i += 1
            out.append(value & 0xff)
        elif c == ord('x'):
            digits = data[i:i + 2]
            try:
                if len(digits) < 2:
                    raise ValueError
                out.append(int(digits, 16))
            except ValueError:
                raise ValueError('invalid \\x escape at position %d' % (i - 2)) from None
            i += 2
        else:
            import warnings
            warnings.warn("invalid escape sequence '\\%c'" % c, DeprecationWarning, stacklevel=2)
            out.append(0x5c)
            out.append(c)
    return bytes(out), n

# CPython's codecs.encode and decode are _codecs's: pickles that CPython
# makes of bytes (protocols 0-2) name them as _codecs.encode.
_codecs.encode = encode
_codecs.decode = decode
encode.__module__ = decode.__module__ = '_codecs'


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def iterencode(iterator, encoding, errors='strict', **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


# ---- files

def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """A file opened for text in `encoding` (binary when encoding is None)."""
    if encoding is not None and 'b' not in mode:
        return builtins.open(filename, mode, buffering, encoding=encoding, errors=errors)
    if encoding is not None:
        mode = mode.replace('b', '')
        return builtins.open(filename, mode, buffering, encoding=encoding, errors=errors)
    if 'b' not in mode:
        mode = mode + 'b'
    return builtins.open(filename, mode, buffering)


class StreamWriter(Codec):
    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors


class StreamReader(Codec):
    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors


class StreamReaderWriter:
    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    raise NotImplementedError("codecs.EncodedFile is not available in coil")


# ---- error handlers

def strict_errors(exception):
    raise exception


def ignore_errors(exception):
    return ('', exception.end)


def replace_errors(exception):
    if isinstance(exception, UnicodeEncodeError):
        return ('?' * (exception.end - exception.start), exception.end)
    return ('\ufffd', exception.end)


def xmlcharrefreplace_errors(exception):
    return (''.join('&#%d;' % ord(c) for c in exception.object[exception.start:exception.end]), exception.end)


def backslashreplace_errors(exception):
    chars = exception.object[exception.start:exception.end]
    if isinstance(chars, (bytes, bytearray)):
        return (''.join('\\x%02x' % b for b in chars), exception.end)
    return (''.join(repr(c)[1:-1] if ord(c) > 0xff else '\\x%02x' % ord(c) for c in chars), exception.end)


def namereplace_errors(exception):
    raise exception


for _name, _handler in (('strict', strict_errors), ('ignore', ignore_errors), ('replace', replace_errors),
                        ('xmlcharrefreplace', xmlcharrefreplace_errors),
                        ('backslashreplace', backslashreplace_errors), ('namereplace', namereplace_errors)):
    _error_handlers[_name] = _handler
del _name, _handler


def register_error(name, error_handler):
    """Registers an error handler for codecs.lookup_error (the native codecs
    use only the built-in handler names)."""
    if not isinstance(name, str):
        raise TypeError("register_error() argument 1 must be str, not %s" % type(name).__name__)
    if not callable(error_handler):
        raise TypeError("handler must be callable")
    _error_handlers[name] = error_handler


def lookup_error(name):
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None
