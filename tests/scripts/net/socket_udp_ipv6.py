# UDP over IPv4 and IPv6, socketpair, getaddrinfo of numeric hosts.
import socket

for family, host in [(socket.AF_INET, "127.0.0.1"), (socket.AF_INET6, "::1")]:
    with socket.socket(family, socket.SOCK_DGRAM) as rx, socket.socket(family, socket.SOCK_DGRAM) as tx:
        rx.bind((host, 0))
        rx.settimeout(5)
        addr = rx.getsockname()
        print(len(addr), addr[0])
        print(tx.sendto(b"datagram", addr))
        data, sender = rx.recvfrom(100)
        print(data, sender[0] == host)
        tx.sendto(b"two", 0, addr)
        print(rx.recv(1))  # the rest of a datagram is dropped
# expect: 2 127.0.0.1
# expect: 8
# expect: b'datagram' True
# expect: b't'
# expect: 4 ::1
# expect: 8
# expect: b'datagram' True
# expect: b't'

a, b = socket.socketpair()
with a, b:
    print(a.family == socket.AF_UNIX, a.type == socket.SOCK_STREAM)  # expect: True True
    a.sendall(b"ping")
    print(b.recv(10))  # expect: b'ping'

infos = socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM)
print(infos[0][0] == socket.AF_INET, infos[0][4])  # expect: True ('127.0.0.1', 80)
infos = socket.getaddrinfo("::1", "8080", socket.AF_INET6, socket.SOCK_DGRAM)
print(infos[0][4])  # expect: ('::1', 8080, 0, 0)
print(socket.inet_ntoa(socket.inet_aton("10.1.2.3")))  # expect: 10.1.2.3
print(socket.inet_pton(socket.AF_INET6, "::1"))  # expect: b'\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01'
print(socket.htons(1), socket.ntohl(socket.htonl(7)))  # expect: 256 7
print(type(socket.gethostname()) is str)  # expect: True
