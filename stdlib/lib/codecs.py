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


# CPython 3.11's class, unchanged.
class BufferedIncrementalEncoder(IncrementalEncoder):
    """
    This subclass of IncrementalEncoder can be used as the baseclass for an
    incremental encoder if the encoder must keep some of the output in a
    buffer between calls to encode().
    """
    def __init__(self, errors='strict'):
        IncrementalEncoder.__init__(self, errors)
        # unencoded input that is kept between calls to encode()
        self.buffer = ""

    def _buffer_encode(self, input, errors, final):
        # Overwrite this method in subclasses: It must encode input
        # and return an (output, length consumed) tuple
        raise NotImplementedError

    def encode(self, input, final=False):
        # encode input (taking the buffer into account)
        data = self.buffer + input
        (result, consumed) = self._buffer_encode(data, self.errors, final)
        # keep unencoded input until the next call
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ""

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ""


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

# Codecs that are modules of the encodings package (CPython's files).
_python_codecs = frozenset({'idna', 'punycode'})


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

    # The stream classes keep one incremental coder each (a BOM once; an
    # incomplete sequence is left in the reader's buffer for the next read).
    class _Writer(StreamWriter):
        def encode(self, input, errors='strict'):
            encoder = self.__dict__.get('_encoder')
            if encoder is None:
                encoder = self.__dict__['_encoder'] = _Encoder(errors)
            return encoder.encode(input), len(input)

        def reset(self):
            self.__dict__.pop('_encoder', None)

    class _Reader(StreamReader):
        def decode(self, input, errors='strict'):
            decoder = self.__dict__.get('_decoder')
            if decoder is None:
                decoder = self.__dict__['_decoder'] = _Decoder(errors)
            return decoder._buffer_decode(bytes(input), errors, False)

        def reset(self):
            StreamReader.reset(self)
            self.__dict__.pop('_decoder', None)

    return CodecInfo(encode, decode, incrementalencoder=_Encoder, incrementaldecoder=_Decoder,
                     streamreader=_Reader, streamwriter=_Writer, name=_lookup_names.get(name, name))


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
    elif key.replace('-', '_') in _python_codecs:
        # The codecs written in Python, from the encodings package (as CPython's search function).
        module = __import__('encodings.' + key.replace('-', '_'), fromlist=['getregentry'])
        info = module.getregentry()
    else:
        raise LookupError("unknown encoding: %s" % encoding)
    _cache[key] = info
    return info


# Built-in exceptions with their own __init__/__new__ or fields, which
# CPython re-raises as they are rather than wrap.
_OWN_INIT = tuple(t for t in (UnicodeEncodeError, UnicodeDecodeError, getattr(builtins, 'UnicodeTranslateError', None),
                             OSError, SyntaxError, ImportError, StopIteration, StopAsyncIteration,
                             SystemExit, AttributeError, NameError, BaseExceptionGroup) if t is not None)


def _codec_error(e, encoding, action):
    """CPython's wrap of a codec's exception: the same type naming the codec
    ("encoding with 'idna' codec failed (UnicodeError: ...)"), the original
    its __cause__; None for one CPython leaves as it is (its class has an
    __init__/__new__ of its own or fields, or the instance has attributes)."""
    t = type(e)
    if isinstance(e, _OWN_INIT) or not isinstance(e, Exception) or getattr(e, '__dict__', None):
        return None
    for k in t.__mro__:
        if k.__module__ != 'builtins' and ('__init__' in k.__dict__ or '__new__' in k.__dict__):
            return None
    new = t("%s with %r codec failed (%s: %s)" % (action, encoding, t.__name__, e))
    new.__cause__ = e
    return new


def encode(obj, encoding='utf-8', errors='strict'):
    """Encodes obj with the codec registered for encoding (any codec)."""
    try:
        return lookup(encoding).encode(obj, errors)[0]
    except Exception as e:
        new = _codec_error(e, encoding, 'encoding')
        if new is None:
            raise
    raise new  # outside the handler: no __context__, as CPython's


def decode(obj, encoding='utf-8', errors='strict'):
    """Decodes obj with the codec registered for encoding (any codec)."""
    try:
        return lookup(encoding).decode(obj, errors)[0]
    except Exception as e:
        new = _codec_error(e, encoding, 'decoding')
        if new is None:
            raise
    raise new



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


# CPython 3.11's stream classes (Lib/codecs.py), unchanged.

class StreamWriter(Codec):

    def __init__(self, stream, errors='strict'):

        """ Creates a StreamWriter instance.

            stream must be a file-like object open for writing.

            The StreamWriter may use different error handling
            schemes by providing the errors keyword argument. These
            parameters are predefined:

             'strict' - raise a ValueError (or a subclass)
             'ignore' - ignore the character and continue with the next
             'replace'- replace with a suitable replacement character
             'xmlcharrefreplace' - Replace with the appropriate XML
                                   character reference.
             'backslashreplace'  - Replace with backslashed escape
                                   sequences.
             'namereplace'       - Replace with \\N{...} escape sequences.

            The set of allowed parameter values can be extended via
            register_error.
        """
        self.stream = stream
        self.errors = errors

    def write(self, object):

        """ Writes the object's contents encoded to self.stream.
        """
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):

        """ Writes the concatenated list of strings to the stream
            using .write().
        """
        self.write(''.join(list))

    def reset(self):

        """ Resets the codec buffers used for keeping internal state.

            Calling this method should ensure that the data on the
            output is put into a clean state, that allows appending
            of new fresh data without having to rescan the whole
            stream to recover state.

        """
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()

    def __getattr__(self, name,
                    getattr=getattr):

        """ Inherit all other methods from the underlying stream.
        """
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()

###

class StreamReader(Codec):

    charbuffertype = str

    def __init__(self, stream, errors='strict'):

        """ Creates a StreamReader instance.

            stream must be a file-like object open for reading.

            The StreamReader may use different error handling
            schemes by providing the errors keyword argument. These
            parameters are predefined:

             'strict' - raise a ValueError (or a subclass)
             'ignore' - ignore the character and continue with the next
             'replace'- replace with a suitable replacement character
             'backslashreplace' - Replace with backslashed escape sequences;

            The set of allowed parameter values can be extended via
            register_error.
        """
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""
        self._empty_charbuffer = self.charbuffertype()
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def decode(self, input, errors='strict'):
        raise NotImplementedError

    def read(self, size=-1, chars=-1, firstline=False):

        """ Decodes data from the stream self.stream and returns the
            resulting object.

            chars indicates the number of decoded code points or bytes to
            return. read() will never return more data than requested,
            but it might return less, if there is not enough available.

            size indicates the approximate maximum number of decoded
            bytes or code points to read for decoding. The decoder
            can modify this setting as appropriate. The default value
            -1 indicates to read and decode as much as possible.  size
            is intended to prevent having to decode huge files in one
            step.

            If firstline is true, and a UnicodeDecodeError happens
            after the first line terminator in the input only the first line
            will be returned, the rest of the input will be kept until the
            next call to read().

            The method should use a greedy read strategy, meaning that
            it should read as much data as is allowed within the
            definition of the encoding and the given size, e.g.  if
            optional encoding endings or state markers are available
            on the stream, these should be read too.
        """
        # If we have lines cached, first merge them back into characters
        if self.linebuffer:
            self.charbuffer = self._empty_charbuffer.join(self.linebuffer)
            self.linebuffer = None

        if chars < 0:
            # For compatibility with other read() methods that take a
            # single argument
            chars = size

        # read until we get the required number of characters (if available)
        while True:
            # can the request be satisfied from the character buffer?
            if chars >= 0:
                if len(self.charbuffer) >= chars:
                    break
            # we need more data
            if size < 0:
                newdata = self.stream.read()
            else:
                newdata = self.stream.read(size)
            # decode bytes (those remaining from the last call included)
            data = self.bytebuffer + newdata
            if not data:
                break
            try:
                newchars, decodedbytes = self.decode(data, self.errors)
            except UnicodeDecodeError as exc:
                if firstline:
                    newchars, decodedbytes = \
                        self.decode(data[:exc.start], self.errors)
                    lines = newchars.splitlines(keepends=True)
                    if len(lines)<=1:
                        raise
                else:
                    raise
            # keep undecoded bytes until the next call
            self.bytebuffer = data[decodedbytes:]
            # put new characters in the character buffer
            self.charbuffer += newchars
            # there was no data available
            if not newdata:
                break
        if chars < 0:
            # Return everything we've got
            result = self.charbuffer
            self.charbuffer = self._empty_charbuffer
        else:
            # Return the first chars characters
            result = self.charbuffer[:chars]
            self.charbuffer = self.charbuffer[chars:]
        return result

    def readline(self, size=None, keepends=True):

        """ Read one line from the input stream and return the
            decoded data.

            size, if given, is passed as size argument to the
            read() method.

        """
        # If we have lines cached from an earlier read, return
        # them unconditionally
        if self.linebuffer:
            line = self.linebuffer[0]
            del self.linebuffer[0]
            if len(self.linebuffer) == 1:
                # revert to charbuffer mode; we might need more data
                # next time
                self.charbuffer = self.linebuffer[0]
                self.linebuffer = None
            if not keepends:
                line = line.splitlines(keepends=False)[0]
            return line

        readsize = size or 72
        line = self._empty_charbuffer
        # If size is given, we call read() only once
        while True:
            data = self.read(readsize, firstline=True)
            if data:
                # If we're at a "\r" read one extra character (which might
                # be a "\n") to get a proper line ending. If the stream is
                # temporarily exhausted we return the wrong line ending.
                if (isinstance(data, str) and data.endswith("\r")) or \
                   (isinstance(data, bytes) and data.endswith(b"\r")):
                    data += self.read(size=1, chars=1)

            line += data
            lines = line.splitlines(keepends=True)
            if lines:
                if len(lines) > 1:
                    # More than one line result; the first line is a full line
                    # to return
                    line = lines[0]
                    del lines[0]
                    if len(lines) > 1:
                        # cache the remaining lines
                        lines[-1] += self.charbuffer
                        self.linebuffer = lines
                        self.charbuffer = None
                    else:
                        # only one remaining line, put it back into charbuffer
                        self.charbuffer = lines[0] + self.charbuffer
                    if not keepends:
                        line = line.splitlines(keepends=False)[0]
                    break
                line0withend = lines[0]
                line0withoutend = lines[0].splitlines(keepends=False)[0]
                if line0withend != line0withoutend: # We really have a line end
                    # Put the rest back together and keep it until the next call
                    self.charbuffer = self._empty_charbuffer.join(lines[1:]) + \
                                      self.charbuffer
                    if keepends:
                        line = line0withend
                    else:
                        line = line0withoutend
                    break
            # we didn't get anything or this was our only try
            if not data or size is not None:
                if line and not keepends:
                    line = line.splitlines(keepends=False)[0]
                break
            if readsize < 8000:
                readsize *= 2
        return line

    def readlines(self, sizehint=None, keepends=True):

        """ Read all lines available on the input stream
            and return them as a list.

            Line breaks are implemented using the codec's decoder
            method and are included in the list entries.

            sizehint, if given, is ignored since there is no efficient
            way to finding the true end-of-line.

        """
        data = self.read()
        return data.splitlines(keepends)

    def reset(self):

        """ Resets the codec buffers used for keeping internal state.

            Note that no stream repositioning should take place.
            This method is primarily intended to be able to recover
            from decoding errors.

        """
        self.bytebuffer = b""
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def seek(self, offset, whence=0):
        """ Set the input stream's current position.

            Resets the codec buffers used for keeping state.
        """
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):

        """ Return the next decoded line from the input stream."""
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self

    def __getattr__(self, name,
                    getattr=getattr):

        """ Inherit all other methods from the underlying stream.
        """
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()

###

class StreamReaderWriter:

    """ StreamReaderWriter instances allow wrapping streams which
        work in both read and write modes.

        The design is such that one can use the factory functions
        returned by the codec.lookup() function to construct the
        instance.

    """
    # Optional attributes set by the file wrappers below
    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):

        """ Creates a StreamReaderWriter instance.

            stream must be a Stream-like object.

            Reader, Writer must be factory functions or classes
            providing the StreamReader, StreamWriter interface resp.

            Error handling is done in the same way as defined for the
            StreamWriter/Readers.

        """
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):

        return self.reader.read(size)

    def readline(self, size=None):

        return self.reader.readline(size)

    def readlines(self, sizehint=None):

        return self.reader.readlines(sizehint)

    def __next__(self):

        """ Return the next decoded line from the input stream."""
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):

        return self.writer.write(data)

    def writelines(self, list):

        return self.writer.writelines(list)

    def reset(self):

        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if whence == 0 and offset == 0:
            self.writer.reset()

    def __getattr__(self, name,
                    getattr=getattr):

        """ Inherit all other methods from the underlying stream.
        """
        return getattr(self.stream, name)

    # these are needed to make "with StreamReaderWriter(...)" work properly

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()

###

class StreamRecoder:

    """ StreamRecoder instances translate data from one encoding to another.

        They use the complete set of APIs returned by the
        codecs.lookup() function to implement their task.

        Data written to the StreamRecoder is first decoded into an
        intermediate format (depending on the "decode" codec) and then
        written to the underlying stream using an instance of the provided
        Writer class.

        In the other direction, data is read from the underlying stream using
        a Reader instance and then encoded and returned to the caller.

    """
    # Optional attributes set by the file wrappers below
    data_encoding = 'unknown'
    file_encoding = 'unknown'

    def __init__(self, stream, encode, decode, Reader, Writer,
                 errors='strict'):

        """ Creates a StreamRecoder instance which implements a two-way
            conversion: encode and decode work on the frontend (the
            data visible to .read() and .write()) while Reader and Writer
            work on the backend (the data in stream).

            You can use these objects to do transparent
            transcodings from e.g. latin-1 to utf-8 and back.

            stream must be a file-like object.

            encode and decode must adhere to the Codec interface; Reader and
            Writer must be factory functions or classes providing the
            StreamReader and StreamWriter interfaces resp.

            Error handling is done in the same way as defined for the
            StreamWriter/Readers.

        """
        self.stream = stream
        self.encode = encode
        self.decode = decode
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):

        data = self.reader.read(size)
        data, bytesencoded = self.encode(data, self.errors)
        return data

    def readline(self, size=None):

        if size is None:
            data = self.reader.readline()
        else:
            data = self.reader.readline(size)
        data, bytesencoded = self.encode(data, self.errors)
        return data

    def readlines(self, sizehint=None):

        data = self.reader.read()
        data, bytesencoded = self.encode(data, self.errors)
        return data.splitlines(keepends=True)

    def __next__(self):

        """ Return the next decoded line from the input stream."""
        data = next(self.reader)
        data, bytesencoded = self.encode(data, self.errors)
        return data

    def __iter__(self):
        return self

    def write(self, data):

        data, bytesdecoded = self.decode(data, self.errors)
        return self.writer.write(data)

    def writelines(self, list):

        data = b''.join(list)
        data, bytesdecoded = self.decode(data, self.errors)
        return self.writer.write(data)

    def reset(self):

        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        # Seeks must be propagated to both the readers and writers
        # as they might need to reset their internal buffers.
        self.reader.seek(offset, whence)
        self.writer.seek(offset, whence)

    def __getattr__(self, name,
                    getattr=getattr):

        """ Inherit all other methods from the underlying stream.
        """
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):

    """ Return a wrapped version of file which provides transparent
        encoding translation.

        Data written to the wrapped file is decoded according
        to the given data_encoding and then encoded to the underlying
        file using file_encoding. The intermediate data type
        will usually be Unicode but depends on the specified codecs.

        Bytes read from the file are decoded using file_encoding and then
        passed back to the caller encoded using data_encoding.

        If file_encoding is not given, it defaults to data_encoding.

        errors may be given to define the error handling. It defaults
        to 'strict' which causes ValueErrors to be raised in case an
        encoding error occurs.

        The returned wrapped file object provides two extra attributes
        .data_encoding and .file_encoding which reflect the given
        parameters of the same name. The attributes can be used for
        introspection by Python programs.

    """
    if file_encoding is None:
        file_encoding = data_encoding
    data_info = lookup(data_encoding)
    file_info = lookup(file_encoding)
    sr = StreamRecoder(file, data_info.encode, data_info.decode,
                       file_info.streamreader, file_info.streamwriter, errors)
    # Add attributes to simplify introspection
    sr.data_encoding = data_encoding
    sr.file_encoding = file_encoding
    return sr


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
