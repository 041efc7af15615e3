# The tutorial's gevent program: green threads fetching URLs concurrently,
# with the standard library made cooperative by gevent.monkey.patch_all().
# As written, except that it fetches from a small HTTP server this sample
# runs itself in another green thread (a plain socket server on a free
# port): each page answers after its own delay, so the pages arrive in a
# fixed order while the three fetches wait at the same time. The server's
# port changes from run to run, so the URLs are printed with it left out.
# cpython: no  (needs gevent: the output is the same with gevent 22.10 under /usr/bin/python3)
import gevent
import socket

PAGES = {'/google': (0.3, b'<html>Google</html>'),
         '/yandex': (0.1, b'<html>Yandex</html>'),
         '/python': (0.2, b'<html>Python</html>')}


def handle(conn):
    request = b''
    while b'\r\n\r\n' not in request:
        request += conn.recv(1024)
    path = request.split()[1].decode()
    delay, body = PAGES[path]
    gevent.sleep(delay)
    head = ('HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n'
            'Content-Length: %d\r\nConnection: close\r\n\r\n' % len(body))
    conn.sendall(head.encode() + body)
    conn.close()


def serve(listener):
    while True:
        conn, _ = listener.accept()
        gevent.spawn(handle, conn)


# ---- the tutorial's program
import gevent.monkey
from urllib.request import urlopen
gevent.monkey.patch_all()

listener = socket.socket()   # made after patching: cooperative
listener.bind(('127.0.0.1', 0))
listener.listen()
server = gevent.spawn(serve, listener)
base = 'http://127.0.0.1:%d' % listener.getsockname()[1]
urls = [base + '/google', base + '/yandex', base + '/python']


def print_head(url):
    print('Starting {}'.format(url.replace(base, 'http://localhost')))
    data = urlopen(url).read()
    print('{}: {} bytes: {}'.format(url.replace(base, 'http://localhost'), len(data), data))


jobs = [gevent.spawn(print_head, _url) for _url in urls]

gevent.wait(jobs)
server.kill()
listener.close()

# expect: Starting http://localhost/google
# expect: Starting http://localhost/yandex
# expect: Starting http://localhost/python
# expect: http://localhost/yandex: 19 bytes: b'<html>Yandex</html>'
# expect: http://localhost/python: 19 bytes: b'<html>Python</html>'
# expect: http://localhost/google: 19 bytes: b'<html>Google</html>'
