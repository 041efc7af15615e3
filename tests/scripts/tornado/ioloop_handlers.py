# IOLoop.add_handler/update_handler/remove_handler on a socket pair: the
# handler gets the object it was added with and the READ/WRITE event.
# Expectations: python3 (Debian's /usr/bin/python3) with tornado 6.2 prints
# the same; the pyenv python3 has no tornado, hence:
# cpython: no
import socket
from tornado.ioloop import IOLoop

io_loop = IOLoop.current()
a, b = socket.socketpair()
a.setblocking(False)
b.setblocking(False)
seen = []


def on_b(sock, events):
    if events & IOLoop.WRITE:
        seen.append("b writable")
        sock.send(b"ping")
        io_loop.update_handler(sock, IOLoop.READ)
    else:
        seen.append("b read %r" % sock.recv(100))
        io_loop.remove_handler(sock)
        io_loop.stop()


def on_a(fd, events):
    data = a.recv(100)
    seen.append("a read %r via fd %s" % (data, fd == a.fileno()))
    a.send(b"pong")
    io_loop.remove_handler(fd)


io_loop.add_handler(b, on_b, IOLoop.WRITE)
io_loop.add_handler(a.fileno(), on_a, IOLoop.READ)
try:
    io_loop.add_handler(a.fileno(), on_a, IOLoop.READ)
except ValueError as e:
    print("ValueError:", e.args[0].split()[0], e.args[0].split()[2:])
io_loop.start()
print(seen)
a.close()
b.close()
# expect: ValueError: fd ['added', 'twice']
# expect: ['b writable', "a read b'ping' via fd True", "b read b'pong'"]
