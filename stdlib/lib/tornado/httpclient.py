"""tornado.httpclient: AsyncHTTPClient (an HTTP/1.1 client on coil's asyncio
streams: content-length, chunked and read-to-close bodies, redirects,
timeouts, basic auth), HTTPRequest, HTTPResponse, HTTPClientError and a
blocking HTTPClient.

fetch() returns a Future (await it, or yield it from a gen.coroutine); as in
tornado 4/5 it also takes a callback, called on the IOLoop with the
HTTPResponse; a failure then comes as response.error (code 599 when no
response arrived) instead of being raised. No TLS: https:// URLs fail with a
ValueError."""

import asyncio
import base64
import copy
import functools
import io
import os
import socket
import time
from urllib.parse import urlsplit, urljoin, unquote

from tornado import httputil, version
from tornado.concurrent import Future, future_set_result_unless_cancelled, \
    future_set_exception_unless_cancelled
from tornado.ioloop import IOLoop


class HTTPClientError(Exception):
    """An unsuccessful request: `code` (599 when no response was received),
    `message`, and `response` when there was one."""

    def __init__(self, code, message=None, response=None):
        self.code = code
        self.message = message or httputil.responses.get(code, "Unknown")
        self.response = response
        super().__init__(code, message, response)

    def __str__(self):
        return "HTTP %d: %s" % (self.code, self.message)

    # self.response refers back to self: a repr of the args would loop.
    __repr__ = __str__


HTTPError = HTTPClientError


class HTTPTimeoutError(HTTPClientError):
    """The connect or request timeout ran out (code 599)."""

    def __init__(self, message):
        super().__init__(599, message=message)

    def __str__(self):
        return self.message or "Timeout"


class HTTPStreamClosedError(HTTPClientError):
    """The server closed the connection before the response was complete."""

    def __init__(self, message):
        super().__init__(599, message=message)

    def __str__(self):
        return self.message or "Stream closed"


# ------------------------------------------------------------------ request

_DEFAULTS = dict(
    connect_timeout=20.0,
    request_timeout=20.0,
    follow_redirects=True,
    max_redirects=5,
    decompress_response=True,
    proxy_password="",
    allow_nonstandard_methods=False,
    validate_cert=True,
)


class HTTPRequest:
    """One request: url, method, headers, body and options. Options left None
    take the client's defaults (connect/request timeout 20 s, up to 5
    redirects)."""

    def __init__(self, url, method="GET", headers=None, body=None, auth_username=None,
                 auth_password=None, auth_mode=None, connect_timeout=None, request_timeout=None,
                 if_modified_since=None, follow_redirects=None, max_redirects=None,
                 user_agent=None, use_gzip=None, network_interface=None, streaming_callback=None,
                 header_callback=None, prepare_curl_callback=None, proxy_host=None,
                 proxy_port=None, proxy_username=None, proxy_password=None, proxy_auth_mode=None,
                 allow_nonstandard_methods=None, validate_cert=None, ca_certs=None,
                 allow_ipv6=None, client_key=None, client_cert=None, body_producer=None,
                 expect_100_continue=False, decompress_response=None, ssl_options=None):
        self.headers = headers
        self.proxy_host = proxy_host
        if proxy_host is not None:
            raise ValueError("proxies are not supported by coil's tornado")
        if body_producer is not None:
            raise ValueError("body_producer is not supported by coil's tornado")
        self.url = url
        self.method = method
        self.body = body
        self.auth_username = auth_username
        self.auth_password = auth_password
        self.auth_mode = auth_mode
        self.connect_timeout = connect_timeout
        self.request_timeout = request_timeout
        self.follow_redirects = follow_redirects
        self.max_redirects = max_redirects
        self.user_agent = user_agent
        if decompress_response is not None:
            self.decompress_response = decompress_response
        else:
            self.decompress_response = use_gzip
        self.network_interface = network_interface
        self.streaming_callback = streaming_callback
        self.header_callback = header_callback
        self.allow_nonstandard_methods = allow_nonstandard_methods
        self.validate_cert = validate_cert
        self.allow_ipv6 = allow_ipv6
        self.expect_100_continue = expect_100_continue
        self.start_time = time.time()
        if if_modified_since:
            # A naive datetime is UTC, as tornado's httputil.format_timestamp takes it.
            self.headers["If-Modified-Since"] = if_modified_since.strftime("%a, %d %b %Y %H:%M:%S GMT")

    @property
    def headers(self):
        return self._headers

    @headers.setter
    def headers(self, value):
        self._headers = httputil.HTTPHeaders() if value is None else value

    @property
    def body(self):
        return self._body

    @body.setter
    def body(self, value):
        self._body = value.encode("utf-8") if isinstance(value, str) else value


def _option(request, defaults, name):
    value = getattr(request, name, None)
    if value is None:
        value = defaults.get(name)
    return value


# ------------------------------------------------------------------ response

class HTTPResponse:
    """A response: request (the one passed to fetch, even after redirects),
    code, reason, headers, body (bytes), effective_url (after redirects),
    error (None for 2xx; an HTTPClientError with this response for other
    codes), request_time."""

    error = None
    _error_is_response_code = False
    request = None

    def __init__(self, request, code, headers=None, buffer=None, effective_url=None, error=None,
                 request_time=None, time_info=None, reason=None, start_time=None):
        self.request = request
        self.code = code
        self.reason = reason or httputil.responses.get(code, "Unknown")
        self.headers = headers if headers is not None else httputil.HTTPHeaders()
        self.buffer = buffer
        self._body = None
        self.effective_url = request.url if effective_url is None else effective_url
        self._error_is_response_code = False
        if error is None:
            if self.code < 200 or self.code >= 300:
                self._error_is_response_code = True
                self.error = HTTPClientError(self.code, message=self.reason, response=self)
            else:
                self.error = None
        else:
            self.error = error
        self.start_time = start_time
        self.request_time = request_time
        self.time_info = time_info or {}

    @property
    def body(self):
        if self.buffer is None:
            return b""
        if self._body is None:
            self._body = self.buffer.getvalue()
        return self._body

    def rethrow(self):
        """Raises self.error if there is one."""
        if self.error:
            raise self.error

    def __repr__(self):
        args = ",".join("%s=%r" % i for i in sorted(self.__dict__.items()))
        return "%s(%s)" % (self.__class__.__name__, args)


# ------------------------------------------------------------------ client

class AsyncHTTPClient:
    """The non-blocking client. AsyncHTTPClient() is one shared instance per
    IOLoop (force_instance=True makes a private one); at most max_clients
    (10) requests run at once, the others wait their turn."""

    _instances = {}

    def __new__(cls, force_instance=False, **kwargs):
        io_loop = IOLoop.current()
        if not force_instance and io_loop in AsyncHTTPClient._instances:
            return AsyncHTTPClient._instances[io_loop]
        self = super().__new__(cls)
        self._initialized = False
        if not force_instance:
            AsyncHTTPClient._instances[io_loop] = self
        return self

    def __init__(self, force_instance=False, defaults=None, max_clients=10, **kwargs):
        if self._initialized:
            return
        self._initialized = True
        self.io_loop = IOLoop.current()
        self.defaults = dict(_DEFAULTS)
        if defaults is not None:
            self.defaults.update(defaults)
        self.max_clients = max_clients
        self._slots = None
        self._closed = False
        self._force_instance = force_instance

    @classmethod
    def configure(cls, impl, **kwargs):
        if impl is not None and impl is not cls and impl != "tornado.simple_httpclient.SimpleAsyncHTTPClient":
            raise ValueError("coil's tornado has one AsyncHTTPClient implementation")

    def close(self):
        if self._closed:
            return
        self._closed = True
        if AsyncHTTPClient._instances.get(self.io_loop) is self:
            del AsyncHTTPClient._instances[self.io_loop]

    def fetch(self, request, callback=None, raise_error=True, **kwargs):
        """Starts the request; returns a Future for its HTTPResponse. With
        raise_error (the default) an error status raises HTTPClientError from
        the Future; with raise_error=False it comes as response.error. With
        a callback, callback(response) runs on the IOLoop whatever happened."""
        if self._closed:
            raise RuntimeError("fetch() called on closed AsyncHTTPClient")
        if not isinstance(request, HTTPRequest):
            request = HTTPRequest(url=request, **kwargs)
        elif kwargs:
            raise ValueError("kwargs can't be used if request is an HTTPRequest object")
        request.headers = httputil.HTTPHeaders(request.headers)
        future = Future()
        if callback is not None:
            def handle_future(future):
                exc = future.exception()
                if isinstance(exc, HTTPClientError) and exc.response is not None:
                    response = exc.response
                elif exc is not None:
                    response = HTTPResponse(request, 599, error=exc,
                                            request_time=time.time() - request.start_time)
                else:
                    response = future.result()
                self.io_loop.add_callback(callback, response)
            future.add_done_callback(handle_future)

        def handle_response(task):
            if task.cancelled():
                future.cancel()
                return
            exc = task.exception()
            if exc is not None:
                future_set_exception_unless_cancelled(future, exc)
                return
            response = task.result()
            if raise_error and response.error:
                future_set_exception_unless_cancelled(future, response.error)
            else:
                future_set_result_unless_cancelled(future, response)

        task = asyncio.ensure_future(self._fetch(request))
        task.add_done_callback(handle_response)
        return future

    # -------------------------------------------------------------- the exchange

    async def _fetch(self, request):
        # Waits for a free slot, then follows redirects to the final response.
        if self._slots is None:
            self._slots = asyncio.Semaphore(self.max_clients)
        timeout = self._connect_timeout(request)
        try:
            if timeout:
                await asyncio.wait_for(self._slots.acquire(), timeout)
            else:
                await self._slots.acquire()
        except asyncio.TimeoutError:
            raise HTTPTimeoutError("Timeout in request queue") from None
        try:
            current = request
            while True:
                response = await self._fetch_one(current, request)
                redirect = self._redirect(current, response)
                if redirect is None:
                    return response
                current = redirect
        finally:
            self._slots.release()

    def _connect_timeout(self, request):
        connect = _option(request, self.defaults, "connect_timeout")
        total = _option(request, self.defaults, "request_timeout")
        if connect and total:
            return min(connect, total)
        return connect or total or 0

    def _redirect(self, request, response):
        # The request that follows a redirect response, or None.
        if not _option(request, self.defaults, "follow_redirects"):
            return None
        code = response.code
        if code not in (301, 302, 303, 307, 308) or response.headers.get("Location") is None:
            return None
        if _option(request, self.defaults, "max_redirects") <= 0:
            return None
        new = copy.copy(request)
        new.headers = httputil.HTTPHeaders(request.headers)
        new.url = urljoin(request.url, response.headers["Location"])
        new.max_redirects = _option(request, self.defaults, "max_redirects") - 1
        new.headers.pop("Host", None)
        # Browsers turn a redirected POST into a GET, and 303 always means GET.
        if (code == 303 and request.method != "HEAD") or (code in (301, 302) and request.method == "POST"):
            new.method = "GET"
            new.body = None
            for h in ("Content-Length", "Content-Type", "Content-Encoding", "Transfer-Encoding"):
                new.headers.pop(h, None)
        return new

    async def _fetch_one(self, request, original):
        parts = urlsplit(request.url)
        if parts.scheme == "https":
            raise ValueError("Unsupported url scheme: %s (coil's tornado has no TLS)" % request.url)
        if parts.scheme != "http":
            raise ValueError("Unsupported url scheme: %s" % request.url)
        host = parts.hostname
        port = parts.port or 80
        loop = asyncio.get_running_loop()
        start = loop.time()
        start_wall = time.time()
        timeout = self._connect_timeout(request)
        try:
            connecting = self._connect(host, port)
            if timeout:
                reader, writer = await asyncio.wait_for(connecting, timeout)
            else:
                reader, writer = await connecting
        except asyncio.TimeoutError as e:
            if e.errno is not None:  # the OS's ETIMEDOUT, not ours
                raise
            raise HTTPTimeoutError("Timeout while connecting") from None
        try:
            total = _option(request, self.defaults, "request_timeout")
            exchange = self._exchange(reader, writer, request, parts)
            try:
                if total:
                    code, reason, headers, body = await asyncio.wait_for(
                        exchange, max(total - (loop.time() - start), 0))
                else:
                    code, reason, headers, body = await exchange
            except asyncio.TimeoutError as e:
                if e.errno is not None:
                    raise
                raise HTTPTimeoutError("Timeout during request") from None
        finally:
            writer.close()
        return HTTPResponse(original, code, reason=reason, headers=headers,
                            buffer=io.BytesIO(body), effective_url=request.url,
                            request_time=loop.time() - start, start_time=start_wall)

    async def _connect(self, host, port):
        # Each address in turn, as tornado's connector does; the last error
        # is raised with the OS's own message ("[Errno 111] Connection refused").
        loop = asyncio.get_running_loop()
        last_error = None
        for family, _, _, _, address in await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM):
            try:
                return await asyncio.open_connection(address[0], address[1], family=family)
            except OSError as e:
                last_error = OSError(e.errno, os.strerror(e.errno)) if e.errno else e
        raise last_error

    async def _exchange(self, reader, writer, request, parts):
        writer.write(self._request_head(request, parts))
        if request.body is not None:
            writer.write(request.body)
        await writer.drain()
        while True:
            code, reason, headers = await self._read_head(reader, request)
            if code != 100:  # "100 Continue" precedes the real response
                break
        body = await self._read_body(reader, request, code, headers)
        return code, reason, headers, body

    def _request_head(self, request, parts):
        method = request.method
        body_expected = method in ("POST", "PATCH", "PUT")
        body_present = request.body is not None
        if not _option(request, self.defaults, "allow_nonstandard_methods") and \
                body_expected != body_present:
            raise ValueError("Body must %sbe None for method %s (unless allow_nonstandard_methods is true)"
                             % ("not " if body_expected else "", method))
        headers = request.headers
        headers.setdefault("Connection", "close")
        if "Host" not in headers:
            headers["Host"] = parts.netloc.rpartition("@")[-1]
        username, password = None, None
        if parts.username is not None:
            username, password = unquote(parts.username), unquote(parts.password or "")
        elif request.auth_username is not None:
            username, password = request.auth_username, request.auth_password or ""
        if username is not None:
            if request.auth_mode not in (None, "basic"):
                raise ValueError("unsupported auth_mode %s" % request.auth_mode)
            token = base64.b64encode(("%s:%s" % (username, password)).encode("utf-8"))
            headers["Authorization"] = "Basic " + token.decode("ascii")
        if request.user_agent:
            headers["User-Agent"] = request.user_agent
        elif headers.get("User-Agent") is None:
            headers["User-Agent"] = "Tornado/%s" % version
        if body_present:
            headers["Content-Length"] = str(len(request.body))
            if method == "POST" and "Content-Type" not in headers:
                headers["Content-Type"] = "application/x-www-form-urlencoded"
        path = (parts.path or "/") + ("?" + parts.query if parts.query else "")
        lines = ["%s %s HTTP/1.1" % (method, path)]
        lines.extend("%s: %s" % (k, v) for k, v in headers.get_all())
        return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")

    async def _read_head(self, reader, request):
        line = await reader.readline()
        if not line.endswith(b"\n"):
            raise HTTPStreamClosedError("Stream closed")
        status = line.decode("latin-1").rstrip("\r\n")
        version_, _, rest = status.partition(" ")
        code_text, _, reason = rest.partition(" ")
        if not version_.startswith("HTTP/") or not code_text.isdigit():
            raise httputil.HTTPInputError("Malformed HTTP response start line: %r" % status)
        headers = httputil.HTTPHeaders()
        if request.header_callback is not None:
            request.header_callback(status + "\r\n")
        while True:
            line = await reader.readline()
            if not line.endswith(b"\n"):
                raise HTTPStreamClosedError("Stream closed")
            if line in (b"\r\n", b"\n"):
                break
            text = line.decode("latin-1")
            headers.parse_line(text.rstrip("\r\n"))
            if request.header_callback is not None:
                request.header_callback(text)
        if request.header_callback is not None:
            request.header_callback("\r\n")
        return int(code_text), reason, headers

    async def _read_body(self, reader, request, code, headers):
        if request.method == "HEAD" or code in (204, 304) or 100 <= code < 200:
            return b""
        sink = request.streaming_callback
        chunks = []

        def deliver(data):
            if data:
                if sink is not None:
                    sink(data)
                else:
                    chunks.append(data)

        try:
            if headers.get("Transfer-Encoding", "").lower() == "chunked":
                while True:
                    size_line = await reader.readline()
                    if not size_line.endswith(b"\n"):
                        raise HTTPStreamClosedError("Stream closed")
                    size = int(size_line.split(b";")[0].strip(), 16)
                    if size == 0:
                        while (await reader.readline()) not in (b"\r\n", b"\n", b""):
                            pass  # trailers
                        break
                    deliver(await reader.readexactly(size))
                    await reader.readexactly(2)
            elif "Content-Length" in headers:
                remaining = int(headers["Content-Length"])
                while remaining > 0:
                    data = await reader.read(min(remaining, 65536))
                    if not data:
                        raise HTTPStreamClosedError("Stream closed")
                    deliver(data)
                    remaining -= len(data)
            else:
                while data := await reader.read(65536):
                    deliver(data)
        except asyncio.IncompleteReadError:
            raise HTTPStreamClosedError("Stream closed") from None
        return b"".join(chunks)


# ------------------------------------------------------------------ blocking

class HTTPClient:
    """A blocking client: fetch() runs a private IOLoop until the response
    is there (not usable while another loop runs)."""

    def __init__(self, async_client_class=None, **kwargs):
        self._closed = True
        self._io_loop = IOLoop(make_current=False)
        self._async_client = self._io_loop.run_sync(
            lambda: _new_client(async_client_class or AsyncHTTPClient, kwargs))
        self._closed = False

    def close(self):
        if not self._closed:
            self._async_client.close()
            self._io_loop.close()
            self._closed = True

    def fetch(self, request, **kwargs):
        """The HTTPResponse; raises HTTPClientError for an error status."""
        return self._io_loop.run_sync(functools.partial(self._async_client.fetch, request, **kwargs))


async def _new_client(cls, kwargs):
    return cls(force_instance=True, **kwargs)
