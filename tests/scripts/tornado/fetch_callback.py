# fetch(url, callback) as tornado 4/5 had it (the tutorial's style; tornado
# 6 removed the argument): the callback runs on the IOLoop with the
# HTTPResponse, whatever happened. An HTTP error status comes as
# response.error (HTTPClientError carrying the response); a failure with no
# response as a code-599 response whose error is the exception. The
# returned Future still holds the outcome. Each fetch starts from the
# previous one's callback, so the order is fixed.
# Expectations from tornado 5.1's AsyncHTTPClient.fetch (handle_future:
# exc.response if there is one, else HTTPResponse(request, 599, error=exc)).
# cpython: no
import socket
import tornado.ioloop
from tornado.httpclient import AsyncHTTPClient, HTTPClientError
import local_site

s = socket.socket()
s.bind(("127.0.0.1", 0))
refused = "http://127.0.0.1:%d/nothing" % s.getsockname()[1]
s.close()

base = tornado.ioloop.IOLoop.current().run_sync(local_site.start)
paths = ["/hello", "/missing", "/redirect", "/chunked", "/close"]
futures = []


def handle_response(response):
    if response.error:
        print("Error:", response.error, "| code", response.code, "| body", response.body)
    else:
        url = response.request.url
        data = response.body
        print('{}: {} bytes: {}'.format(url[len(base):], len(data), data))
    if paths:
        futures.append(http_client.fetch(base + paths.pop(0), handle_response))
    elif response.request.url != refused:
        futures.append(http_client.fetch(refused, callback=handle_response))
    else:
        print(type(response.error).__name__, response.error.errno, response.effective_url == refused)
        tornado.ioloop.IOLoop.instance().stop()


def raises(response):
    print("callback got", response.code)
    raise KeyError("oops")


http_client = AsyncHTTPClient()
futures.append(http_client.fetch(base + paths.pop(0), handle_response))
tornado.ioloop.IOLoop.instance().start()
for f in futures:
    print(f.done(), type(f.exception()).__name__ if f.exception() else f.result().code)

# An exception in a callback is logged; the loop goes on.
http_client.fetch(base + "/hello", raises)
http_client.fetch(base + "/page/1", lambda r: tornado.ioloop.IOLoop.current().stop())
tornado.ioloop.IOLoop.current().start()
print("still running")
# expect: /hello: 13 bytes: b'hello, world\n'
# expect: Error: HTTP 404: Not Found | code 404 | body b'not here\n'
# expect: /redirect: 13 bytes: b'hello, world\n'
# expect: /chunked: 23 bytes: b'first line\nsecond line\n'
# expect: Error: Stream closed | code 599 | body b''
# expect: Error: [Errno 111] Connection refused | code 599 | body b''
# expect: ConnectionRefusedError 111 True
# expect: True 200
# expect: True HTTPClientError
# expect: True 200
# expect: True 200
# expect: True HTTPStreamClosedError
# expect: True ConnectionRefusedError
# expect: callback got 200
# expect: still running
# expect stderr: Traceback (most recent call last):
# expect stderr: File "fetch_callback.py", line 44, in raises
# expect stderr: KeyError: 'oops'
