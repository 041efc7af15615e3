# urllib.request.urlopen against an http.server in a thread: each thread
# handles one request and queues the next, so the program is the same
# under CPython's threads and coil's (which run a queued thread when the
# main thread would block on its socket). Redirects, HTTPError, POST data,
# URLError for a refused connection and for https:// (no TLS).
import socket
import threading
import urllib.request
from urllib.error import HTTPError, URLError
import http.server

class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path.startswith("/moved"):
            self.send_response(301 if self.path == "/moved" else 307)
            self.send_header("Location", "/hello?from=" + self.path[1:])
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path.startswith("/hello"):
            body = ("hello " + self.path).encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
        else:
            self.send_error(404, "Nothing here")

    def do_POST(self):
        data = self.rfile.read(int(self.headers["Content-Length"]))
        self.send_response(200)
        self.end_headers()
        self.wfile.write(self.headers["Content-Type"].encode() + b" " + data + b" " + self.path.encode())

    def log_message(self, format, *args):
        pass

server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
base = "http://127.0.0.1:%d" % server.server_address[1]

def serve(n):
    # One request, then hand the next to a new thread.
    server.handle_request()
    if n > 1:
        threading.Thread(target=serve, args=(n - 1,)).start()

def expect(n):
    threading.Thread(target=serve, args=(n,)).start()

expect(1)
with urllib.request.urlopen(base + "/hello", timeout=5) as r:
    print(r.status, r.reason, r.getcode(), r.headers["Content-Type"], r.read())
    print(r.geturl() == base + "/hello")

expect(2)
r = urllib.request.urlopen(base + "/moved", timeout=5)
print(r.status, r.read(), r.geturl() == base + "/hello?from=moved")

expect(2)
r = urllib.request.urlopen(base + "/moved307", timeout=5)
print(r.read())

expect(1)
try:
    urllib.request.urlopen(base + "/missing", timeout=5)
except HTTPError as e:
    print(e, e.code, e.reason, isinstance(e, URLError))
    print(e.headers["Content-Type"], b"Nothing here" in e.read())

expect(5)
try:
    urllib.request.urlopen(base + "/loop", timeout=5)
except HTTPError as e:
    print(e.code, e.reason.splitlines()[0])

expect(1)
req = urllib.request.Request(base + "/form", data=b"a=1&b=2", headers={"X-Test": "yes"})
print(req.get_method(), req.host == base[7:], req.selector, req.get_header("X-test"))
print(urllib.request.urlopen(req, timeout=5).read())

probe = socket.socket()
probe.bind(("127.0.0.1", 0))
free = probe.getsockname()[1]
probe.close()
try:
    urllib.request.urlopen("http://127.0.0.1:%d/" % free, timeout=5)
except URLError as e:
    print(type(e.reason).__name__, e.reason.errno)

try:
    urllib.request.urlopen("no-scheme")
except ValueError as e:
    print(e)
server.server_close()
# expect: 200 OK 200 text/plain b'hello /hello'
# expect: True
# expect: 200 b'hello /hello?from=moved' True
# expect: b'hello /hello?from=moved307'
# expect: HTTP Error 404: Nothing here 404 Nothing here True
# expect: text/html;charset=utf-8 True
# expect: 302 The HTTP server returned a redirect error that would lead to an infinite loop.
# expect: POST True /form yes
# expect: b'application/x-www-form-urlencoded a=1&b=2 /form'
# expect: ConnectionRefusedError 111
# expect: unknown url type: 'no-scheme'
