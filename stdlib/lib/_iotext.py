"""Text files in an encoding other than strict UTF-8 (open(..., encoding=
'utf-16'), 'cp1252', errors='replace', ...): a text layer over the native
binary file. Reading decodes the rest of the stream on first use (then
serves lines from memory); writing encodes each write with an incremental
encoder (so a BOM is written once). Newlines are translated as CPython does:
universal newlines when reading with newline=None, '\\n' kept on writing.
tell() is the byte position (CPython's cookie for these codecs); a seek drops
what was decoded, and so does a write, which goes where reading left the stream.
"""

import codecs


class EncodedTextFile:
    """What open() returns for a text file with a non-UTF-8 codec."""

    def __init__(self, raw, name, mode, encoding, errors, newline):
        self._raw = raw
        self.name = name
        self.mode = mode
        self.encoding = encoding
        self.errors = errors
        self._newline = newline
        self._text = None      # decoded contents from byte _base on (reading)
        self._rawtext = None   # the same before newline translation
        self._base = 0
        self._pos = 0          # index in _text
        self._tell_state = None  # (pos, raw index, bytes, encoder) of the last tell()
        self._encoder = None
        self._readable = 'r' in mode or '+' in mode
        self._writable = any(c in mode for c in 'wax+')
        if self._writable:
            self._encoder = codecs.getincrementalencoder(encoding)(errors)
            if getattr(raw, "seekable", lambda: False)() and raw.tell() > 0:
                # Not at the start (appending): the byte order mark is there already.
                self._encoder.encode('')

    def __repr__(self):
        if self.name is None:  # over a stream without a name (BytesIO)
            return "<_io.TextIOWrapper encoding=%r>" % (self.encoding,)
        return "<_io.TextIOWrapper name=%r mode=%r encoding=%r>" % (self.name, self.mode, self.encoding)

    @property
    def buffer(self):
        return self._raw

    def detach(self):
        """Flushes and hands back the binary stream; the wrapper is unusable after."""
        self.flush()
        raw = self._raw
        self._raw = _Detached()
        return raw

    # ---- state

    @property
    def closed(self):
        return self._raw.closed

    def _check(self):
        if self._raw.closed:
            raise ValueError("I/O operation on closed file.")

    def _unsupported(self, what):
        import io
        raise io.UnsupportedOperation(what)

    def readable(self):
        self._check()
        return self._readable

    def writable(self):
        self._check()
        return self._writable

    def seekable(self):
        self._check()
        return True

    def fileno(self):
        return self._raw.fileno()

    def isatty(self):
        return False

    def close(self):
        if not self._raw.closed:
            self.flush()
            self._raw.close()

    def flush(self):
        self._check()
        self._raw.flush()

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()

    # ---- reading

    def _load(self):
        self._check()
        if not self._readable:
            self._unsupported("not readable")
        if self._text is None:
            self._base = self._raw.tell()
            raw_text = self._raw.read().decode(self.encoding, self.errors)
            text = raw_text
            if self._newline is None:
                text = text.replace('\r\n', '\n').replace('\r', '\n')
            self._rawtext = raw_text
            self._text = text
            self._pos = 0
            self._tell_state = None
        return self._text

    def _drop_decoded(self):
        self._text = self._rawtext = self._tell_state = None
        self._pos = 0

    def read(self, size=-1):
        text = self._load()
        if size is None or size < 0:
            end = len(text)
        else:
            end = min(len(text), self._pos + size)
        out = text[self._pos:end]
        self._pos = end
        return out

    def readline(self, size=-1):
        text = self._load()
        terminator = '\n' if self._newline in (None, '', '\n') else self._newline
        end = text.find(terminator, self._pos)
        end = len(text) if end < 0 else end + len(terminator)
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        out = text[self._pos:end]
        self._pos = end
        return out

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                return lines

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        self._check()
        if self._text is None:
            return self._raw.tell()
        return self._base + self._bytes_before(self._pos)

    def _bytes_before(self, pos):
        """How many bytes encode the decoded text before index pos of _text."""
        state = self._tell_state
        if state is None or state[0] > pos:
            encoder = codecs.getincrementalencoder(self.encoding)(self.errors)
            if self._base > 0:
                encoder.encode('')  # no byte order mark in mid-stream
            state = (0, 0, 0, encoder)
        p, r, nbytes, encoder = state
        raw = self._rawtext
        start = r
        if self._newline is None and '\r' in raw:
            while p < pos:  # one translated character is '\r\n' or one raw character
                r += 2 if raw[r] == '\r' and raw[r + 1:r + 2] == '\n' else 1
                p += 1
        else:
            r += pos - p
            p = pos
        nbytes += len(encoder.encode(raw[start:r]))
        self._tell_state = (p, r, nbytes, encoder)
        return nbytes

    def seek(self, offset, whence=0):
        self._check()
        if whence == 0:
            if offset < 0:
                raise ValueError("negative seek position %d" % (offset,))
            self._drop_decoded()
            return self._raw.seek(offset)
        if whence == 1:
            if offset != 0:
                self._unsupported("can't do nonzero cur-relative seeks")
            return self.tell()
        if whence == 2:
            if offset != 0:
                self._unsupported("can't do nonzero end-relative seeks")
            self._drop_decoded()
            return self._raw.seek(0, 2)
        raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % (whence,))

    # ---- writing

    def write(self, s):
        self._check()
        if not self._writable:
            self._unsupported("not writable")
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        text = s
        if self._newline not in (None, '', '\n'):
            text = text.replace('\n', self._newline)
        if self._text is not None:
            # Writing after reading goes where reading left the stream: its end
            # (CPython: the end of its read-ahead chunk), dropping what was decoded.
            self._drop_decoded()
        self._raw.write(self._encoder.encode(text))
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)


class _Detached:
    """What a detached wrapper is left with: every use is an error."""
    closed = False

    def __getattr__(self, name):
        raise ValueError("underlying buffer has been detached")


def wrap_buffer(buffer, encoding, errors, newline):
    """io.TextIOWrapper(buffer, ...): a text layer over a binary stream."""
    if encoding is None:
        encoding = 'utf-8'  # CPython's locale encoding under a UTF-8 locale
    elif not isinstance(encoding, str):
        raise TypeError("TextIOWrapper() argument 'encoding' must be str or None, not %s"
                        % type(encoding).__name__)
    codecs.lookup(encoding)
    if errors is None:
        errors = 'strict'
    if newline not in (None, '', '\n', '\r', '\r\n'):
        raise ValueError("illegal newline value: %s" % (newline,))
    readable, writable = buffer.readable(), buffer.writable()
    mode = 'r+' if readable and writable else 'r' if readable else 'w'
    return EncodedTextFile(buffer, getattr(buffer, 'name', None), mode, encoding, errors, newline)


def open_encoded(file, mode, encoding, errors, newline):
    """open() for a text file whose codec is not strict UTF-8."""
    codecs.lookup(encoding)
    if errors is None:
        errors = 'strict'
    raw = open(file, mode.replace('t', '') + 'b')
    return EncodedTextFile(raw, file, mode, encoding, errors, newline)
