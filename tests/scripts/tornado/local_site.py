# test: module
# A small HTTP/1.1 server on asyncio streams for the tornado tests, started
# on the running loop on a free loopback port: `base = await start()`.
# Routes: /hello (Content-Length), /chunked, /eof (body ends at close),
# /redirect (302 to /hello), /loop (302 to itself), /see-other (303 to
# /echo), /missing (404 with a body), /slow (answers after 5 s), /close
# (hangs up without answering), /echo (method, body and some headers back),
# /page/N ("page N").
import asyncio

ECHOED = ("Host", "Content-Type", "Content-Length", "Authorization", "X-Test", "Connection")


def _response(status, body=b"", headers=()):
    head = "HTTP/1.1 %s\r\n" % status
    for name, value in headers:
        head += "%s: %s\r\n" % (name, value)
    if not any(name == "Transfer-Encoding" for name, _ in headers):
        head += "Content-Length: %d\r\n" % len(body)
    return head.encode() + b"\r\n" + body


async def _read_request(reader):
    line = await reader.readline()
    if not line:
        return None
    method, path, _ = line.decode().split(" ", 2)
    headers = {}
    while (line := await reader.readline()).strip():
        name, _, value = line.decode().partition(":")
        headers[name.strip().title()] = value.strip()
    body = await reader.readexactly(int(headers.get("Content-Length", "0")))
    return method, path, headers, body


async def _handle(reader, writer):
    request = await _read_request(reader)
    if request is None:
        writer.close()
        return
    method, path, headers, body = request
    if path == "/hello":
        out = _response("200 OK", b"hello, world\n", [("Content-Type", "text/plain"), ("X-Multi", "a"), ("X-Multi", "b")])
    elif path == "/chunked":
        out = _response("200 OK", b"", [("Transfer-Encoding", "chunked")])
        for part in (b"first line\n", b"second ", b"line\n"):
            out += ("%x\r\n" % len(part)).encode() + part + b"\r\n"
        out += b"0\r\n\r\n"
    elif path == "/eof":
        out = b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nuntil the end\n"
    elif path == "/redirect":
        out = _response("302 Found", b"", [("Location", "/hello")])
    elif path == "/loop":
        out = _response("302 Found", b"", [("Location", "/loop")])
    elif path == "/see-other":
        out = _response("303 See Other", b"", [("Location", "/echo")])
    elif path == "/missing":
        out = _response("404 Not Found", b"not here\n")
    elif path == "/slow":
        await asyncio.sleep(5)
        out = _response("200 OK", b"late\n")
    elif path == "/close":
        writer.close()
        return
    elif path.startswith("/echo"):
        lines = ["%s %s" % (method, path), "body=%r" % body]
        lines += ["%s=%s" % (name, headers[name]) for name in ECHOED if name in headers and name != "Host"]
        if method == "HEAD":
            out = _response("200 OK", b"", [("X-Method", method)])
        else:
            out = _response("200 OK", "\n".join(lines).encode() + b"\n")
    elif path.startswith("/page/"):
        out = _response("200 OK", ("page %s" % path[6:]).encode())
    else:
        out = _response("500 Internal Server Error", b"no route\n")
    writer.write(out)
    await writer.drain()
    writer.close()


async def start():
    server = await asyncio.start_server(_handle, "127.0.0.1", 0)
    return "http://127.0.0.1:%d" % server.sockets[0].getsockname()[1]
