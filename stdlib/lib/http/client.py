"""http.client: an HTTP/1.1 client over plain TCP (coil's own, with CPython
3.11's interface: HTTPConnection, HTTPResponse, HTTPMessage, the
exceptions). Bodies with Content-Length, chunked transfer coding, or read
until the server closes. No TLS: HTTPSConnection raises."""

import socket
from http import _STATUS

HTTP_PORT = 80
HTTPS_PORT = 443

_UNKNOWN = 'UNKNOWN'
_MAXLINE = 65536
_MAXHEADERS = 100
_CS_IDLE = 'Idle'
_CS_REQ_STARTED = 'Request-started'
_CS_REQ_SENT = 'Request-sent'

responses = {code: phrase for code, (phrase, _) in _STATUS.items()}


class HTTPException(Exception):
    pass


class NotConnected(HTTPException):
    pass


class InvalidURL(HTTPException):
    pass


class UnknownProtocol(HTTPException):
    def __init__(self, version):
        self.args = version,
        self.version = version


class UnknownTransferEncoding(HTTPException):
    pass


class UnimplementedFileMode(HTTPException):
    pass


class IncompleteRead(HTTPException):
    def __init__(self, partial, expected=None):
        self.args = partial,
        self.partial = partial
        self.expected = expected

    def __repr__(self):
        e = ', %i more expected' % self.expected if self.expected is not None else ''
        return '%s(%i bytes read%s)' % (self.__class__.__name__, len(self.partial), e)

    __str__ = object.__str__


class ImproperConnectionState(HTTPException):
    pass


class CannotSendRequest(ImproperConnectionState):
    pass


class CannotSendHeader(ImproperConnectionState):
    pass


class ResponseNotReady(ImproperConnectionState):
    pass


class BadStatusLine(HTTPException):
    def __init__(self, line):
        if not line:
            line = repr(line)
        self.args = line,
        self.line = line


class LineTooLong(HTTPException):
    def __init__(self, line_type):
        HTTPException.__init__(self, "got more than %d bytes when reading %s" % (_MAXLINE, line_type))


class RemoteDisconnected(ConnectionResetError, BadStatusLine):
    def __init__(self, *pos, **kw):
        BadStatusLine.__init__(self, "")
        ConnectionResetError.__init__(self, *pos, **kw)


error = HTTPException


class HTTPMessage:
    """Headers: a case-insensitive multi-map in arrival order (the part of
    email.message.Message that HTTP code uses)."""

    def __init__(self):
        self._headers = []

    def add_header(self, name, value):
        self._headers.append((name, value))

    def __setitem__(self, name, value):
        self._headers.append((name, value))

    def __delitem__(self, name):
        low = name.lower()
        self._headers = [(k, v) for k, v in self._headers if k.lower() != low]

    def replace_header(self, name, value):
        low = name.lower()
        for i, (k, v) in enumerate(self._headers):
            if k.lower() == low:
                self._headers[i] = (k, value)
                return
        raise KeyError(name)

    def get(self, name, failobj=None):
        low = name.lower()
        for k, v in self._headers:
            if k.lower() == low:
                return v
        return failobj

    def __getitem__(self, name):
        return self.get(name)

    def __contains__(self, name):
        return self.get(name) is not None

    def get_all(self, name, failobj=None):
        low = name.lower()
        values = [v for k, v in self._headers if k.lower() == low]
        return values or failobj

    getallmatchingheaders = get_all

    def keys(self):
        return [k for k, v in self._headers]

    def values(self):
        return [v for k, v in self._headers]

    def items(self):
        return list(self._headers)

    def __iter__(self):
        return iter(self.keys())

    def __len__(self):
        return len(self._headers)

    def get_content_type(self):
        value = self.get('content-type', 'text/plain')
        return value.split(';')[0].strip().lower()

    def get_content_charset(self, failobj=None):
        for part in self.get('content-type', '').split(';')[1:]:
            key, _, val = part.strip().partition('=')
            if key.strip().lower() == 'charset':
                return val.strip().strip('"').lower()
        return failobj

    def as_string(self):
        return ''.join(f'{k}: {v}\n' for k, v in self._headers) + '\n'

    __str__ = as_string


def _read_headers(fp):
    headers = []
    while True:
        line = fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise LineTooLong("header line")
        headers.append(line)
        if len(headers) > _MAXHEADERS:
            raise HTTPException("got more than %d headers" % _MAXHEADERS)
        if line in (b'\r\n', b'\n', b''):
            break
    return headers


def parse_headers(fp, _class=HTTPMessage):
    msg = _class()
    name = None
    for raw in _read_headers(fp):
        line = raw.decode('iso-8859-1').rstrip('\r\n')
        if not line:
            break
        if line[0] in ' \t' and name is not None:
            # An obsolete folded continuation line.
            k, v = msg._headers[-1]
            msg._headers[-1] = (k, v + ' ' + line.strip())
            continue
        name, _, value = line.partition(':')
        msg.add_header(name.strip(), value.strip())
    return msg


class HTTPResponse:
    """The response to one request: status, reason, headers, and the body
    through read()/readline()/read1()."""

    def __init__(self, sock, debuglevel=0, method=None, url=None):
        self.fp = sock.makefile('rb')
        self.debuglevel = debuglevel
        self._method = method
        self.headers = self.msg = None
        self.version = _UNKNOWN
        self.status = _UNKNOWN
        self.reason = _UNKNOWN
        self.chunked = _UNKNOWN
        self.chunk_left = _UNKNOWN
        self.length = _UNKNOWN
        self.will_close = _UNKNOWN
        self.url = url
        self.closed = False

    def _read_status(self):
        line = str(self.fp.readline(_MAXLINE + 1), 'iso-8859-1')
        if len(line) > _MAXLINE:
            raise LineTooLong("status line")
        if not line:
            raise RemoteDisconnected("Remote end closed connection without response")
        try:
            version, status, reason = line.split(None, 2)
        except ValueError:
            try:
                version, status = line.split(None, 1)
                reason = ""
            except ValueError:
                version = ""
        if not version.startswith("HTTP/"):
            self._close_conn()
            raise BadStatusLine(line)
        try:
            status = int(status)
            if status < 100 or status > 999:
                raise BadStatusLine(line)
        except ValueError:
            raise BadStatusLine(line)
        return version, status, reason

    def begin(self):
        if self.headers is not None:
            return
        while True:
            version, status, reason = self._read_status()
            if status != 100:
                break
            _read_headers(self.fp)  # the interim 100 Continue's headers
        self.code = self.status = status
        self.reason = reason.strip()
        if version in ("HTTP/1.0", "HTTP/0.9"):
            self.version = 10
        elif version.startswith("HTTP/1."):
            self.version = 11
        else:
            raise UnknownProtocol(version)
        self.headers = self.msg = parse_headers(self.fp)
        tr_enc = self.headers.get("transfer-encoding")
        if tr_enc and tr_enc.lower() == "chunked":
            self.chunked = True
            self.chunk_left = None
        else:
            self.chunked = False
        self.will_close = self._check_close()
        self.length = None
        length = self.headers.get("content-length")
        if length and not self.chunked:
            try:
                self.length = int(length)
            except ValueError:
                self.length = None
            else:
                if self.length < 0:
                    self.length = None
        if (status == 204 or status == 304 or 100 <= status < 200 or self._method == "HEAD"):
            self.length = 0
        if not self.will_close and not self.chunked and self.length is None:
            self.will_close = True

    def _check_close(self):
        conn = self.headers.get("connection")
        if self.version == 11:
            return bool(conn and "close" in conn.lower())
        if self.headers.get("keep-alive"):
            return False
        if conn and "keep-alive" in conn.lower():
            return False
        pconn = self.headers.get("proxy-connection")
        if pconn and "keep-alive" in pconn.lower():
            return False
        return True

    def _close_conn(self):
        fp = self.fp
        self.fp = None
        if fp is not None:
            fp.close()

    def close(self):
        self.closed = True
        self._close_conn()

    def isclosed(self):
        return self.fp is None

    def flush(self):
        pass

    def readable(self):
        return True

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def read(self, amt=None):
        if self.fp is None:
            return b""
        if self._method == "HEAD":
            self._close_conn()
            return b""
        if self.chunked:
            return self._read_chunked(amt)
        if amt is not None and amt >= 0:
            if self.length is not None and amt > self.length:
                amt = self.length
            data = self.fp.read(amt)
            if not data and amt:
                self._close_conn()
            elif self.length is not None:
                self.length -= len(data)
                if not self.length:
                    self._close_conn()
            return data
        if self.length is None:
            s = self.fp.read()
        else:
            s = self.fp.read(self.length)
            if len(s) < self.length:
                self._close_conn()
                raise IncompleteRead(s, self.length - len(s))
            self.length = 0
        self._close_conn()
        return s

    def _read_next_chunk_size(self):
        line = self.fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise LineTooLong("chunk size")
        i = line.find(b";")
        if i >= 0:
            line = line[:i]
        try:
            return int(line, 16)
        except ValueError:
            self._close_conn()
            raise

    def _get_chunk_left(self):
        chunk_left = self.chunk_left
        if not chunk_left:
            if chunk_left is not None:
                self.fp.read(2)  # the CRLF after a chunk
            try:
                chunk_left = self._read_next_chunk_size()
            except ValueError:
                raise IncompleteRead(b'')
            if chunk_left == 0:
                _read_headers(self.fp)  # trailers
                self._close_conn()
                chunk_left = None
            self.chunk_left = chunk_left
        return chunk_left

    def _read_chunked(self, amt=None):
        value = []
        try:
            while (chunk_left := self._get_chunk_left()) is not None:
                if amt is not None and amt <= chunk_left:
                    value.append(self._safe_read(amt))
                    self.chunk_left = chunk_left - amt
                    break
                value.append(self._safe_read(chunk_left))
                if amt is not None:
                    amt -= chunk_left
                self.chunk_left = 0
            return b''.join(value)
        except IncompleteRead as exc:
            raise IncompleteRead(b''.join(value)) from exc

    def _safe_read(self, amt):
        data = self.fp.read(amt)
        if len(data) < amt:
            raise IncompleteRead(data, amt - len(data))
        return data

    def read1(self, n=-1):
        if self.fp is None or self._method == "HEAD":
            return b""
        if self.chunked:
            return self._read_chunked(None if n < 0 else n)
        if self.length is not None and (n < 0 or n > self.length):
            n = self.length
        result = self.fp.read1(n)
        if not result and n:
            self._close_conn()
        elif self.length is not None:
            self.length -= len(result)
        return result

    def readline(self, limit=-1):
        if self.fp is None or self._method == "HEAD":
            return b""
        if self.chunked:
            # Lines across chunks: gather the body, hand it out line by line.
            rest = self._read_chunked()
            i = rest.find(b'\n')
            line, rest = (rest, b'') if i < 0 else (rest[:i + 1], rest[i + 1:])
            self.chunked = False
            self.length = len(rest)
            fp = self.fp = _Buffer(rest)
            return line
        if self.length is not None and (limit < 0 or limit > self.length):
            limit = self.length
        result = self.fp.readline(limit)
        if not result and limit:
            self._close_conn()
        elif self.length is not None:
            self.length -= len(result)
        return result

    def readlines(self):
        lines = []
        while line := self.readline():
            lines.append(line)
        return lines

    def __iter__(self):
        return iter(self.readlines())

    def fileno(self):
        return self.fp.fileno()

    def getheader(self, name, default=None):
        if self.headers is None:
            raise ResponseNotReady()
        headers = self.headers.get_all(name) or default
        if isinstance(headers, str) or not hasattr(headers, '__iter__'):
            return headers
        return ', '.join(headers)

    def getheaders(self):
        if self.headers is None:
            raise ResponseNotReady()
        return list(self.headers.items())

    def info(self):
        return self.headers

    def geturl(self):
        return self.url

    def getcode(self):
        return self.status


class _Buffer:
    # What is left of a chunked body once readline() gathered it.
    def __init__(self, data):
        self._data = data

    def read(self, n=-1):
        if n is None or n < 0:
            n = len(self._data)
        out, self._data = self._data[:n], self._data[n:]
        return out

    read1 = read

    def readline(self, limit=-1):
        i = self._data.find(b'\n')
        end = len(self._data) if i < 0 else i + 1
        if 0 <= limit < end:
            end = limit
        out, self._data = self._data[:end], self._data[end:]
        return out

    def close(self):
        pass


class HTTPConnection:
    _http_vsn = 11
    _http_vsn_str = 'HTTP/1.1'
    response_class = HTTPResponse
    default_port = HTTP_PORT
    auto_open = 1
    debuglevel = 0

    def __init__(self, host, port=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT,
                 source_address=None, blocksize=8192):
        self.timeout = timeout
        self.source_address = source_address
        self.blocksize = blocksize
        self.sock = None
        self._buffer = []
        self.__response = None
        self.__state = _CS_IDLE
        self._method = None
        self.host, self.port = self._get_hostport(host, port)

    def _get_hostport(self, host, port):
        if port is None:
            i = host.rfind(':')
            j = host.rfind(']')
            if i > j:
                try:
                    port = int(host[i + 1:])
                except ValueError:
                    if host[i + 1:] == "":
                        port = self.default_port
                    else:
                        raise InvalidURL("nonnumeric port: '%s'" % host[i + 1:])
                host = host[:i]
            else:
                port = self.default_port
        if host and host[0] == '[' and host[-1] == ']':
            host = host[1:-1]
        return host, port

    def set_debuglevel(self, level):
        self.debuglevel = level

    def connect(self):
        self.sock = socket.create_connection((self.host, self.port), self.timeout, self.source_address)
        try:
            self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:
            pass

    def close(self):
        self.__state = _CS_IDLE
        try:
            sock = self.sock
            if sock:
                self.sock = None
                sock.close()
        finally:
            response = self.__response
            if response:
                self.__response = None
                response.close()

    def send(self, data):
        if self.sock is None:
            if self.auto_open:
                self.connect()
            else:
                raise NotConnected()
        if hasattr(data, "read"):
            while datablock := data.read(self.blocksize):
                if isinstance(datablock, str):
                    datablock = datablock.encode("iso-8859-1")
                self.sock.sendall(datablock)
            return
        if isinstance(data, (bytes, bytearray)):
            self.sock.sendall(data)
            return
        try:
            for d in data:
                self.sock.sendall(d)
        except TypeError:
            raise TypeError("data should be a bytes-like object or an iterable, got %r" % type(data))

    def _output(self, s):
        self._buffer.append(s)

    def _send_output(self, message_body=None, encode_chunked=False):
        self._buffer.extend((b"", b""))
        msg = b"\r\n".join(self._buffer)
        del self._buffer[:]
        self.send(msg)
        if message_body is not None:
            if isinstance(message_body, str):
                message_body = message_body.encode('iso-8859-1')
            if isinstance(message_body, (bytes, bytearray)):
                chunks = (message_body,)
            elif hasattr(message_body, 'read'):
                chunks = iter(lambda: message_body.read(self.blocksize), b'')
            else:
                chunks = message_body
            for chunk in chunks:
                if not chunk:
                    continue
                if isinstance(chunk, str):
                    chunk = chunk.encode('iso-8859-1')
                if encode_chunked and self._http_vsn == 11:
                    chunk = f'{len(chunk):X}\r\n'.encode('ascii') + chunk + b'\r\n'
                self.send(chunk)
            if encode_chunked and self._http_vsn == 11:
                self.send(b'0\r\n\r\n')

    def putrequest(self, method, url, skip_host=False, skip_accept_encoding=False):
        if self.__response and self.__response.isclosed():
            self.__response = None
        if self.__state == _CS_IDLE:
            self.__state = _CS_REQ_STARTED
        else:
            raise CannotSendRequest(self.__state)
        self._method = method
        url = url or '/'
        for ch in method:
            if ch in ' \t\r\n' or ord(ch) < 32:
                raise ValueError(f"method can't contain control characters. {method!r}")
        for ch in url:
            if ord(ch) <= 32 or ord(ch) == 127:
                raise InvalidURL(f"URL can't contain control characters. {url!r} (found at least {ch!r})")
        request = '%s %s %s' % (method, url, self._http_vsn_str)
        self._output(request.encode('ascii'))
        if self._http_vsn == 11:
            if not skip_host:
                netloc = ''
                if url.startswith('http'):
                    netloc = url.split('/', 3)[2] if url.count('/') >= 2 else ''
                if netloc:
                    self.putheader('Host', netloc.encode('idna').decode('ascii')
                                   if not netloc.isascii() else netloc)
                else:
                    host = self.host
                    if ':' in host:
                        host = '[' + host + ']'
                    if self.port == self.default_port:
                        self.putheader('Host', host)
                    else:
                        self.putheader('Host', "%s:%s" % (host, self.port))
            if not skip_accept_encoding:
                self.putheader('Accept-Encoding', 'identity')

    def putheader(self, header, *values):
        if self.__state != _CS_REQ_STARTED:
            raise CannotSendHeader()
        if hasattr(header, 'encode'):
            header = header.encode('ascii')
        values = list(values)
        for i, one_value in enumerate(values):
            if hasattr(one_value, 'encode'):
                values[i] = one_value.encode('latin-1')
            elif isinstance(one_value, int):
                values[i] = str(one_value).encode('ascii')
        value = b'\r\n\t'.join(values)
        self._output(header + b': ' + value)

    def endheaders(self, message_body=None, *, encode_chunked=False):
        if self.__state == _CS_REQ_STARTED:
            self.__state = _CS_REQ_SENT
        else:
            raise CannotSendHeader()
        self._send_output(message_body, encode_chunked=encode_chunked)

    def request(self, method, url, body=None, headers={}, *, encode_chunked=False):
        header_names = frozenset(k.lower() for k in headers)
        skips = {}
        if 'host' in header_names:
            skips['skip_host'] = 1
        if 'accept-encoding' in header_names:
            skips['skip_accept_encoding'] = 1
        self.putrequest(method, url, **skips)
        if 'content-length' not in header_names:
            if 'transfer-encoding' not in header_names:
                encode_chunked = False
                length = self._body_length(body, method)
                if length is None:
                    if body is not None:
                        encode_chunked = True
                        self.putheader('Transfer-Encoding', 'chunked')
                else:
                    self.putheader('Content-Length', str(length))
        else:
            encode_chunked = False
        for hdr, value in headers.items():
            self.putheader(hdr, value)
        if isinstance(body, str):
            body = body.encode('iso-8859-1')
        self.endheaders(body, encode_chunked=encode_chunked)

    @staticmethod
    def _body_length(body, method):
        if body is None:
            if method.upper() in ('PATCH', 'POST', 'PUT'):
                return 0
            return None
        if hasattr(body, 'read'):
            return None
        if isinstance(body, str):
            return len(body.encode('iso-8859-1'))
        if isinstance(body, (bytes, bytearray)):
            return len(body)
        return None

    def getresponse(self):
        if self.__response and self.__response.isclosed():
            self.__response = None
        if self.__state != _CS_REQ_SENT or self.__response:
            raise ResponseNotReady(self.__state)
        response = self.response_class(self.sock, method=self._method)
        try:
            try:
                response.begin()
            except ConnectionError:
                self.close()
                raise
            self.__state = _CS_IDLE
            if response.will_close:
                self.close()
            else:
                self.__response = response
            return response
        except:
            response.close()
            raise


class HTTPSConnection(HTTPConnection):
    default_port = HTTPS_PORT

    def __init__(self, *args, **kwargs):
        raise NotImplementedError('https is not supported by coil (no TLS)')
