# After gevent.monkey.patch_all(), time.sleep and sockets (and so
# urllib.request) wait in the hub: other green threads run meanwhile.
# cpython: no  (needs gevent: expectations come from gevent 22.10 under /usr/bin/python3)
import gevent
import gevent.monkey
gevent.monkey.patch_all()
import socket
import time
from urllib.request import urlopen
from urllib.error import HTTPError

print(gevent.monkey.is_module_patched("socket"), gevent.monkey.is_module_patched("time"))
print(time.sleep is gevent.sleep, gevent.monkey.get_original("time", "sleep") is not gevent.sleep)


# time.sleep: three sleepers in parallel take the longest one's time.
def nap(name, t):
    time.sleep(t)
    print("awake", name)


start = time.monotonic()
gevent.joinall([gevent.spawn(nap, n, t) for n, t in [("a", 0.3), ("b", 0.1), ("c", 0.2)]])
print("parallel:", time.monotonic() - start < 0.55)


# An echo server and clients in green threads over real sockets.
def echo_handler(conn):
    with conn:
        while True:
            data = conn.recv(100)
            if not data:
                break
            conn.sendall(data.upper())


def echo_server(listener):
    while True:
        conn, _ = listener.accept()
        gevent.spawn(echo_handler, conn)


listener = socket.socket()
listener.bind(("127.0.0.1", 0))
listener.listen()
port = listener.getsockname()[1]
server = gevent.spawn(echo_server, listener)


def client(i):
    with socket.create_connection(("127.0.0.1", port)) as s:
        for k in range(3):
            s.sendall(("client %d message %d" % (i, k)).encode())
            time.sleep(0.01 * (3 - i))
            reply = s.recv(100)
        return reply


clients = [gevent.spawn(client, i) for i in range(3)]
gevent.joinall(clients)
print([c.value for c in clients])

# A big transfer goes through in pieces while the reader is slow.
a, b = socket.socketpair()
payload = b"x" * 2000000
sender = gevent.spawn(a.sendall, payload)
received = []
while sum(map(len, received)) < len(payload):
    received.append(b.recv(65536))
sender.join()
print(len(b"".join(received)), sender.successful())

# Timeouts and refused connections.
b.settimeout(0.05)
try:
    b.recv(10)
except socket.timeout as e:
    print("timeout:", e)
a.close()
b.close()
free = socket.socket()
free.bind(("127.0.0.1", 0))
free_port = free.getsockname()[1]
free.close()
try:
    socket.create_connection(("127.0.0.1", free_port))
except ConnectionRefusedError as e:
    print("refused:", e.errno is not None)


# urlopen against a local HTTP server in a green thread.
def http_handler(conn):
    request = b""
    while b"\r\n\r\n" not in request:
        request += conn.recv(1024)
    path = request.split()[1].decode()
    if path == "/missing":
        conn.sendall(b"HTTP/1.1 404 Not Found\r\nContent-Length: 4\r\nConnection: close\r\n\r\nnope")
    else:
        time.sleep({"/slow": 0.1, "/other": 0.05}.get(path, 0))
        body = ("page " + path).encode()
        conn.sendall(("HTTP/1.1 200 OK\r\nContent-Length: %d\r\nConnection: close\r\n\r\n" % len(body)).encode() + body)
    conn.close()


def http_server(sock):
    while True:
        conn, _ = sock.accept()
        gevent.spawn(http_handler, conn)


web = socket.socket()
web.bind(("127.0.0.1", 0))
web.listen()
gevent.spawn(http_server, web)
base = "http://127.0.0.1:%d" % web.getsockname()[1]
order = []


def fetch(path):
    data = urlopen(base + path).read()
    order.append(path)
    return data


fetches = [gevent.spawn(fetch, p) for p in ["/slow", "/fast", "/other"]]
gevent.joinall(fetches)
print(order, [f.value for f in fetches])
try:
    urlopen(base + "/missing")
except HTTPError as e:
    print("HTTPError", e.code)
server.kill()
listener.close()

# expect: True True
# expect: True True
# expect: awake b
# expect: awake c
# expect: awake a
# expect: parallel: True
# expect: [b'CLIENT 0 MESSAGE 2', b'CLIENT 1 MESSAGE 2', b'CLIENT 2 MESSAGE 2']
# expect: 2000000 True
# expect: timeout: timed out
# expect: refused: True
# expect: ['/fast', '/other', '/slow'] [b'page /slow', b'page /fast', b'page /other']
# expect: HTTPError 404
