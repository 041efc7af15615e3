# AsyncHTTPClient.fetch awaited (tornado 6's style): bodies by
# Content-Length, chunked and read to the close, headers, redirects
# (effective_url and the original request), POST/HEAD, raise_error, errors
# as HTTPClientError with the response.
# Expectations: python3 (Debian's /usr/bin/python3) with tornado 6.2 prints
# the same; the pyenv python3 has no tornado, hence:
# cpython: no
from tornado.httpclient import AsyncHTTPClient, HTTPRequest, HTTPClientError, HTTPError
from tornado.ioloop import IOLoop
import local_site


async def main():
    base = await local_site.start()
    client = AsyncHTTPClient()
    print(client is AsyncHTTPClient(), client is AsyncHTTPClient(force_instance=True))

    r = await client.fetch(base + "/hello")
    print(r.code, r.reason, r.body, r.error)
    print(r.headers["content-type"], r.headers["X-Multi"], r.headers.get_list("x-multi"))
    print(r.request.url == base + "/hello", r.effective_url == r.request.url, r.request.method)
    print(type(r.request_time).__name__, r.rethrow())

    r = await client.fetch(base + "/chunked")
    print(r.code, r.body, "Transfer-Encoding" in r.headers)
    r = await client.fetch(base + "/eof")
    print(r.code, r.body)

    r = await client.fetch(base + "/redirect")
    print(r.code, r.body, r.request.url[len(base):], r.effective_url[len(base):])

    r = await client.fetch(base + "/echo?x=1", method="POST", body="a=1&b=2", headers={"X-Test": "yes"})
    print(r.body.decode())
    r = await client.fetch(HTTPRequest(base + "/echo", method="PUT", body=b"raw"))
    print(r.body.decode())
    r = await client.fetch(base + "/echo", auth_username="ann", auth_password="secret")
    print(r.body.decode().splitlines()[2])
    r = await client.fetch(base + "/see-other", method="POST", body="x")
    print(r.body.decode().splitlines()[:2], r.effective_url[len(base):])
    r = await client.fetch(base + "/echo", method="HEAD")
    print(r.code, r.body, r.headers["X-Method"])

    try:
        await client.fetch(base + "/missing")
    except HTTPClientError as e:
        print(type(e).__name__, e, repr(e), e.code, e.message, e.response.code, e.response.body)
        print(e.response.error is e, HTTPError is HTTPClientError)
    r = await client.fetch(base + "/missing", raise_error=False)
    print(r.code, r.reason, r.body, r.error)
    try:
        r.rethrow()
    except HTTPError as e:
        print("rethrow:", e)

    try:
        await client.fetch(base + "/loop")
    except HTTPClientError as e:
        print("loop:", e, e.response.effective_url[len(base):])
    try:
        await client.fetch(base + "/redirect", follow_redirects=False)
    except HTTPClientError as e:
        print("no follow:", e, e.response.headers["Location"])
    r = await client.fetch(base + "/redirect", max_redirects=1)
    print(r.body)

    for bad in [dict(method="POST"), dict(method="GET", body="x")]:
        try:
            await client.fetch(base + "/echo", **bad)
        except ValueError as e:
            print("ValueError:", e)
    try:
        client.fetch(HTTPRequest(base + "/hello"), method="GET")
    except ValueError as e:
        print("ValueError:", e)
    try:
        await client.fetch("ftp://example.com/")
    except ValueError as e:
        print("ValueError:", e)


IOLoop.current().run_sync(main)
# expect: True False
# expect: 200 OK b'hello, world\n' None
# expect: text/plain a,b ['a', 'b']
# expect: True True GET
# expect: float None
# expect: 200 b'first line\nsecond line\n' True
# expect: 200 b'until the end\n'
# expect: 200 b'hello, world\n' /redirect /hello
# expect: POST /echo?x=1
# expect: body=b'a=1&b=2'
# expect: Content-Type=application/x-www-form-urlencoded
# expect: Content-Length=7
# expect: X-Test=yes
# expect: Connection=close
# expect:
# expect: PUT /echo
# expect: body=b'raw'
# expect: Content-Length=3
# expect: Connection=close
# expect:
# expect: Authorization=Basic YW5uOnNlY3JldA==
# expect: ['GET /echo', "body=b''"] /echo
# expect: 200 b'' HEAD
# expect: HTTPClientError HTTP 404: Not Found HTTP 404: Not Found 404 Not Found 404 b'not here\n'
# expect: True True
# expect: 404 Not Found b'not here\n' HTTP 404: Not Found
# expect: rethrow: HTTP 404: Not Found
# expect: loop: HTTP 302: Found /loop
# expect: no follow: HTTP 302: Found /hello
# expect: b'hello, world\n'
# expect: ValueError: Body must not be None for method POST (unless allow_nonstandard_methods is true)
# expect: ValueError: Body must be None for method GET (unless allow_nonstandard_methods is true)
# expect: ValueError: kwargs can't be used if request is an HTTPRequest object
# expect: ValueError: Unsupported url scheme: ftp://example.com/
