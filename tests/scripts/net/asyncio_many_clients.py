# An asyncio streams echo server with 100 concurrent clients on loopback.
import asyncio

async def handle(reader, writer):
    while line := await reader.readline():
        writer.write(line.upper())
        await writer.drain()
    writer.close()
    await writer.wait_closed()

async def client(port, i):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    out = []
    for j in range(3):
        writer.write(f"client {i} line {j}\n".encode())
        await writer.drain()
        out.append((await reader.readline()).decode().strip())
    writer.close()
    await writer.wait_closed()
    return out

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        results = await asyncio.wait_for(asyncio.gather(*(client(port, i) for i in range(100))), 20)
    print(len(results), results[0], results[99][2])
    print(all(r == [f"CLIENT {i} LINE {j}" for j in range(3)] for i, r in enumerate(results)))
    print(server.is_serving(), server.sockets)

asyncio.run(main())
# expect: 100 ['CLIENT 0 LINE 0', 'CLIENT 0 LINE 1', 'CLIENT 0 LINE 2'] CLIENT 99 LINE 2
# expect: True
# expect: False ()
