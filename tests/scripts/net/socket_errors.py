# CPython's exception types: refused connections, timeouts, non-blocking
# calls, unresolvable services, bad addresses.
import errno
import socket

# A port nobody listens on: bind one, then close it.
probe = socket.socket()
probe.bind(("127.0.0.1", 0))
port = probe.getsockname()[1]
probe.close()

s = socket.socket()
try:
    s.connect(("127.0.0.1", port))
except ConnectionRefusedError as e:
    print("refused", e.errno == errno.ECONNREFUSED, isinstance(e, OSError))  # expect: refused True True
s.close()
s = socket.socket()
print(s.connect_ex(("127.0.0.1", port)) == errno.ECONNREFUSED)  # expect: True
s.close()

print(socket.timeout is TimeoutError, socket.error is OSError)  # expect: True True
print(issubclass(socket.gaierror, OSError))  # expect: True

a, b = socket.socketpair()
a.settimeout(0.05)
try:
    a.recv(10)
except socket.timeout as e:
    print("timeout:", e)  # expect: timeout: timed out
a.setblocking(False)
print(a.gettimeout(), a.getblocking())  # expect: 0.0 False
try:
    a.recv(10)
except BlockingIOError as e:
    print("would block", e.errno == errno.EAGAIN)  # expect: would block True
a.setblocking(True)
print(a.gettimeout(), a.getblocking())  # expect: None True
try:
    a.settimeout(-1)
except ValueError as e:
    print(e)  # expect: Timeout value out of range
a.close()
b.close()

try:
    socket.getaddrinfo("127.0.0.1", "no-such-service-coil", type=socket.SOCK_STREAM)
except socket.gaierror as e:
    print("gaierror", e.errno == socket.EAI_SERVICE)  # expect: gaierror True

s = socket.socket()
for bad in ["127.0.0.1", ("127.0.0.1",), ("127.0.0.1", 70000)]:
    try:
        s.bind(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__)
# expect: TypeError
# expect: TypeError
# expect: OverflowError
s.close()

try:
    socket.socket().recv(-1)
except ValueError as e:
    print(e)  # expect: negative buffersize in recv
