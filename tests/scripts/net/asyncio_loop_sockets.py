# The loop's low-level I/O: add_reader/remove_reader, sock_* coroutines,
# getaddrinfo, and timers interleaved with I/O waits.
import asyncio
import socket

async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    got = loop.create_future()
    loop.add_reader(a, lambda: got.set_result(a.recv(100)))
    loop.call_later(0.05, b.send, b"from a timer")
    print(await asyncio.wait_for(got, 5))
    print(loop.remove_reader(a.fileno()), loop.remove_reader(a))
    print(loop.remove_writer(a))

    fired = []
    loop.add_writer(b, lambda: fired.append("writable") or loop.remove_writer(b))
    await asyncio.sleep(0.01)
    print(fired)

    async def drain_a():
        received = 0
        while received < 300000:
            received += len(await loop.sock_recv(a, 65536))
        return received
    print(await asyncio.gather(loop.sock_sendall(b, b"x" * 300000), drain_a()))

    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen()
    srv.setblocking(False)
    cli = socket.socket()
    cli.setblocking(False)
    accept = asyncio.create_task(loop.sock_accept(srv))
    await loop.sock_connect(cli, srv.getsockname())
    conn, addr = await accept
    print(addr == cli.getsockname(), conn.gettimeout())
    await loop.sock_sendall(cli, b"hi there")
    print(await loop.sock_recv(conn, 100))
    infos = await loop.getaddrinfo("127.0.0.1", 80, type=socket.SOCK_STREAM)
    print(infos[0][4])
    try:
        loop.add_reader(-1, print)
    except ValueError as e:
        print(e)
    for s in (a, b, srv, cli, conn):
        s.close()

asyncio.run(main())
# expect: b'from a timer'
# expect: True False
# expect: False
# expect: ['writable']
# expect: [None, 300000]
# expect: True 0.0
# expect: b'hi there'
# expect: ('127.0.0.1', 80)
# expect: Invalid file descriptor: -1
