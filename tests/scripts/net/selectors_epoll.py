# selectors.DefaultSelector (epoll) over a socket pair.
import selectors
import socket

a, b = socket.socketpair()
a.setblocking(False)
b.setblocking(False)
sel = selectors.DefaultSelector()
key = sel.register(a, selectors.EVENT_READ, data="a-data")
print(key.fd == a.fileno(), key.events, key.data)  # expect: True 1 a-data
print(sel.select(timeout=0))  # expect: []
b.send(b"x")
for k, ev in sel.select(timeout=1):
    print(k.fileobj is a, ev == selectors.EVENT_READ, a.recv(10))  # expect: True True b'x'
sel.modify(a, selectors.EVENT_READ | selectors.EVENT_WRITE, data=2)
events = sel.select(timeout=1)
print([(k.data, ev) for k, ev in events])  # expect: [(2, 2)]
print(len(sel.get_map()), a in sel.get_map(), sel.get_key(a).data)  # expect: 1 True 2
try:
    sel.register(a, selectors.EVENT_READ)
except KeyError as e:
    print("KeyError")  # expect: KeyError
try:
    sel.register(b, 0)
except ValueError as e:
    print(e)  # expect: Invalid events: 0
sel.unregister(a)
try:
    sel.get_key(a)
except KeyError:
    print("gone")  # expect: gone
with sel:
    pass
print(sel.get_map())  # expect: None
a.close()
b.close()
