# Failed fetches, awaited: a refused connection (ConnectionRefusedError
# with the OS's message), a request timeout, a server that hangs up before
# answering, raise_error=False (which still raises for these: only HTTP
# statuses become response.error), and the client once closed.
# Expectations: python3 (Debian's /usr/bin/python3) with tornado 6.2 prints
# the same; the pyenv python3 has no tornado, hence:
# cpython: no
import socket
import time
from tornado.httpclient import AsyncHTTPClient, HTTPClientError
from tornado.ioloop import IOLoop
import local_site


def free_port():
    # A port nobody listens on: bound, then closed.
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


async def main():
    base = await local_site.start()
    client = AsyncHTTPClient()
    refused = "http://127.0.0.1:%d/" % free_port()
    for raise_error in (True, False):
        try:
            await client.fetch(refused, raise_error=raise_error)
        except ConnectionRefusedError as e:
            print(type(e).__name__, e, e.errno, isinstance(e, OSError))

    start = time.monotonic()
    try:
        await client.fetch(base + "/slow", request_timeout=0.2)
    except HTTPClientError as e:
        print(type(e).__name__, e, e.code, e.response, time.monotonic() - start < 2)
    try:
        await client.fetch(base + "/slow", connect_timeout=0.2, request_timeout=0.3)
    except HTTPClientError as e:
        print(type(e).__name__, e, e.code)

    try:
        await client.fetch(base + "/close")
    except HTTPClientError as e:
        print(type(e).__name__, e, e.code, repr(e))

    # A fresh shared client after close(); a closed one refuses to fetch.
    client.close()
    print(AsyncHTTPClient() is client)
    try:
        client.fetch(base + "/hello")
    except RuntimeError as e:
        print("RuntimeError:", e)


IOLoop.current().run_sync(main)
# expect: ConnectionRefusedError [Errno 111] Connection refused 111 True
# expect: ConnectionRefusedError [Errno 111] Connection refused 111 True
# expect: HTTPTimeoutError Timeout during request 599 None True
# expect: HTTPTimeoutError Timeout during request 599
# expect: HTTPStreamClosedError Stream closed 599 HTTP 599: Stream closed
# expect: False
# expect: RuntimeError: fetch() called on closed AsyncHTTPClient
