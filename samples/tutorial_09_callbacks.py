# The tutorial's callback-style program: tornado's AsyncHTTPClient fetches
# three pages and calls handle_response with each response, while
# IOLoop.instance().start() runs the loop. Two changes from the tutorial: the
# URLs point to a small HTTP server this program starts on the loopback
# interface (a free port), and the loop stops once every response arrived
# (the tutorial's loop runs forever). The server answers the requests in the
# order of `urls`, each after the previous client hung up, so the output is
# the same on every run; the URLs are printed without the server's address,
# whose port changes from run to run.
#
# Real tornado 6 dropped fetch's callback argument (the tutorial was written
# for tornado 4/5): with python3 and tornado 6.2, replacing the fetch line by
# `http_client.fetch(url, raise_error=False).add_done_callback(lambda f:
# handle_response(f.result()))` prints the same three lines.
# cpython: no (needs tornado)
import asyncio

import tornado.ioloop
from tornado.httpclient import AsyncHTTPClient

PAGES = {
    '/www.google.com': b'<!doctype html><title>Google</title>',
    '/www.yandex.ru': b'<!doctype html><title>Yandex</title>',
    '/www.python.org': b'<!doctype html><title>Welcome to Python.org</title>',
}
turns = {path: asyncio.Event() for path in PAGES}


async def serve_page(reader, writer):
    path = (await reader.readline()).split()[1].decode()
    while (await reader.readline()).strip():
        pass  # the request's headers
    paths = list(PAGES)
    if path != paths[0]:
        await turns[paths[paths.index(path) - 1]].wait()
    body = PAGES[path]
    writer.write(b'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: '
                 + str(len(body)).encode() + b'\r\n\r\n' + body)
    await writer.drain()
    await reader.read()  # until the client closes its end
    writer.close()
    turns[path].set()


async def start_server():
    return await asyncio.start_server(serve_page, '127.0.0.1', 0)


server = tornado.ioloop.IOLoop.current().run_sync(start_server)
site = 'http://127.0.0.1:{}'.format(server.sockets[0].getsockname()[1])

urls = [site + '/www.google.com', site + '/www.yandex.ru', site + '/www.python.org']
pending = len(urls)


def handle_response(response):
    if response.error:
        print("Error:", response.error)
    else:
        url = response.request.url
        data = response.body
        print('{}: {} bytes: {}'.format(url[len(site):], len(data), data))
    global pending
    pending -= 1
    if pending == 0:
        tornado.ioloop.IOLoop.instance().stop()


http_client = AsyncHTTPClient()
for url in urls:
    http_client.fetch(url, handle_response)

tornado.ioloop.IOLoop.instance().start()

# expect: /www.google.com: 36 bytes: b'<!doctype html><title>Google</title>'
# expect: /www.yandex.ru: 36 bytes: b'<!doctype html><title>Yandex</title>'
# expect: /www.python.org: 51 bytes: b'<!doctype html><title>Welcome to Python.org</title>'
