# http.HTTPStatus values and phrases, http.client.responses, a
# socketserver.TCPServer with a StreamRequestHandler, socket.makefile.
import http
import http.client
import socket
import socketserver

print(http.HTTPStatus.OK == 200, http.HTTPStatus(404).phrase, http.HTTPStatus.NOT_FOUND.description)
print(int(http.HTTPStatus.IM_A_TEAPOT) if hasattr(http.HTTPStatus, "IM_A_TEAPOT") else 418)
print(http.client.responses[503], http.client.HTTP_PORT)
try:
    http.HTTPStatus(999)
except ValueError as e:
    print(e)

class Upper(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            if line.strip() == b"quit":
                break
            self.wfile.write(line.upper())

with socketserver.TCPServer(("127.0.0.1", 0), Upper) as server:
    host, port = server.server_address
    client = socket.create_connection((host, port), timeout=5)
    f = client.makefile("rwb")
    f.write(b"one\ntwo\nquit\n")
    f.flush()
    server.handle_request()
    print(f.readline(), f.read())
    f.close()
    client.close()
    print(client.fileno())
# expect: True Not Found Nothing matches the given URI
# expect: 418
# expect: Service Unavailable 80
# expect: 999 is not a valid HTTPStatus
# expect: b'ONE\n' b'TWO\n'
# expect: -1
