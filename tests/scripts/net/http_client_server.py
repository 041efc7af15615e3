# http.client against http.server in one thread: each request is sent
# (the kernel buffers it), then the server handles exactly one, then the
# client reads the response. Content-Length and chunked bodies, POST,
# HEAD, errors, redirects seen by http.client.
import http.client
import http.server

class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == "/hello":
            body = b"hello, world\n"
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("X-Multi", "a")
            self.send_header("X-Multi", "b")
            self.end_headers()
            self.wfile.write(body)
        elif self.path == "/chunked":
            self.send_response(200)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for part in (b"first line\n", b"second ", b"line\n", b"third\n"):
                self.wfile.write(("%x\r\n" % len(part)).encode() + part + b"\r\n")
            self.wfile.write(b"0\r\n\r\n")
        elif self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/hello")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/until-close":
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"no length, the server closes\n")
        else:
            self.send_error(404, "Nothing here")

    def do_HEAD(self):
        self.send_response(200)
        self.send_header("Content-Length", "1234")
        self.end_headers()

    def do_POST(self):
        n = int(self.headers["Content-Length"])
        data = self.rfile.read(n)
        self.send_response(201, "Made")
        self.send_header("Content-Length", str(len(data) + 5))
        self.end_headers()
        self.wfile.write(b"got: " + data)

    def log_message(self, format, *args):
        log.append(format % args)

log = []
server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
port = server.server_address[1]
print(port > 0)

def fetch(method, path, body=None, headers={}):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    conn.request(method, path, body, headers)
    server.handle_request()
    resp = conn.getresponse()
    return conn, resp

conn, r = fetch("GET", "/hello")
print(r.status, r.reason, r.version, r.getheader("Content-Type"), r.getheader("X-Multi"))
print(r.headers.get_all("X-Multi"), r.getheader("missing", "dflt"), r.length)
print(r.read(5), r.read(), r.read(), r.isclosed())
conn.close()

conn, r = fetch("GET", "/chunked")
print(r.status, r.chunked, r.getheader("Transfer-Encoding"))
print(r.readline(), r.read())
conn.close()

conn, r = fetch("GET", "/chunked")
print(r.read(3), r.read(12), r.read())
conn.close()

conn, r = fetch("GET", "/until-close")
print(r.will_close, r.length, r.read())
conn.close()

conn, r = fetch("POST", "/echo", b"some data")
print(r.status, r.reason, r.read())
conn.close()

conn, r = fetch("HEAD", "/hello")
print(r.status, r.getheader("Content-Length"), r.read())
conn.close()

conn, r = fetch("GET", "/moved")
print(r.status, r.getheader("Location"), r.read())
conn.close()

conn, r = fetch("GET", "/nope")
body = r.read().decode()
print(r.status, r.reason, r.getheader("Content-Type"), "Nothing here" in body)
conn.close()

print(log[0])
print(log[-1])
print(len(log))
server.server_close()
# expect: True
# expect: 200 OK 10 text/plain; charset=utf-8 a, b
# expect: ['a', 'b'] dflt 13
# expect: b'hello' b', world\n' b'' True
# expect: 200 True chunked
# expect: b'first line\n' b'second line\nthird\n'
# expect: b'fir' b'st line\nseco' b'nd line\nthird\n'
# expect: True None b'no length, the server closes\n'
# expect: 201 Made b'got: some data'
# expect: 200 1234 b''
# expect: 302 /hello b''
# expect: 404 Nothing here text/html;charset=utf-8 True
# expect: "GET /hello HTTP/1.1" 200 -
# expect: "GET /nope HTTP/1.1" 404 -
# expect: 9
