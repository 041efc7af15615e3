# Network I/O on the event loop: an asyncio streams echo server on
# loopback with 1,000 concurrent clients, each making 20 round trips
# (20,000 requests through readline/write/drain).
import asyncio

CLIENTS = 1000
ROUNDS = 20


async def handle(reader, writer):
    while line := await reader.readline():
        writer.write(line)
        await writer.drain()
    writer.close()


async def client(port, i):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    msg = f"client {i} says hello\n".encode()
    n = 0
    for _ in range(ROUNDS):
        writer.write(msg)
        await writer.drain()
        if await reader.readline() == msg:
            n += 1
    writer.close()
    await writer.wait_closed()
    return n


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=CLIENTS)
    port = server.sockets[0].getsockname()[1]
    async with server:
        counts = await asyncio.gather(*(client(port, i) for i in range(CLIENTS)))
    print(sum(counts), "echoes")


asyncio.run(main())
