# UDP on the event loop: create_datagram_endpoint for an echo server and a
# connected client; datagram_received, sendto, error_received, close.
import asyncio

class Echo(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        self.transport.sendto(data.upper(), addr)

class Client(asyncio.DatagramProtocol):
    def __init__(self, n):
        self.replies = []
        self.done = asyncio.get_running_loop().create_future()
        self.n = n

    def datagram_received(self, data, addr):
        self.replies.append(data)
        if len(self.replies) == self.n:
            self.done.set_result(None)

    def connection_lost(self, exc):
        print("client lost", exc)

async def main():
    loop = asyncio.get_running_loop()
    server, _ = await loop.create_datagram_endpoint(Echo, local_addr=("127.0.0.1", 0))
    addr = server.get_extra_info("sockname")
    transport, client = await loop.create_datagram_endpoint(lambda: Client(3), remote_addr=addr)
    print(transport.get_extra_info("peername") == addr)
    for word in (b"one", b"two", b"three"):
        transport.sendto(word)
    await asyncio.wait_for(client.done, 5)
    print(sorted(client.replies))
    try:
        transport.sendto(b"x", ("127.0.0.1", 1))
    except ValueError as e:
        print("ValueError")
    transport.close()
    server.close()
    await asyncio.sleep(0)
    print(transport.is_closing())

asyncio.run(main())
# expect: True
# expect: [b'ONE', b'THREE', b'TWO']
# expect: ValueError
# expect: client lost None
# expect: True
