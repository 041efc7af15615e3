# Blocking TCP sockets on loopback in one thread: the listener's backlog
# completes the handshake, so connect() returns before accept().
import socket

with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as srv:
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    print(srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)  # expect: True
    srv.bind(("127.0.0.1", 0))
    srv.listen()
    host, port = srv.getsockname()
    print(host, port > 0)  # expect: 127.0.0.1 True
    cli = socket.create_connection(("127.0.0.1", port), timeout=5)
    conn, addr = srv.accept()
    print(addr[0], addr[1] == cli.getsockname()[1])  # expect: 127.0.0.1 True
    print(conn.getpeername() == cli.getsockname())  # expect: True
    cli.sendall(b"hello " * 1000)
    got = b""
    while len(got) < 6000:
        got += conn.recv(4096)
    print(len(got), got[:12])  # expect: 6000 b'hello hello '
    print(conn.send(b"pong"))  # expect: 4
    print(cli.recv(100))  # expect: b'pong'
    print(type(cli.fileno()) is int, cli.gettimeout())  # expect: True 5.0
    cli.shutdown(socket.SHUT_WR)
    print(conn.recv(10))  # expect: b''
    conn.close()
    print(cli.recv(10))  # expect: b''
    cli.close()
    print(cli.fileno())  # expect: -1
    try:
        cli.send(b"x")
    except OSError as e:
        print(type(e).__name__, e.errno)  # expect: OSError 9
print(srv.fileno())  # expect: -1
