# Back-pressure: a server writes 4 MiB to a client that reads slowly;
# drain() waits while the transport's buffer is above its high-water mark.
import asyncio

TOTAL = 4 * 1024 * 1024
waits = 0

async def producer(reader, writer):
    global waits
    chunk = b"x" * 65536
    sent = 0
    while sent < TOTAL:
        writer.write(chunk)
        sent += len(chunk)
        if writer.transport.get_write_buffer_size() > 64 * 1024:
            waits += 1
        await writer.drain()
    writer.close()
    await writer.wait_closed()

async def main():
    server = await asyncio.start_server(producer, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    got = 0
    await asyncio.sleep(0.1)  # let the kernel buffers fill
    while True:
        data = await asyncio.wait_for(reader.read(32768), 10)
        if not data:
            break
        got += len(data)
    print(got == TOTAL, waits > 0)
    lo, hi = writer.transport.get_write_buffer_limits()
    print(lo, hi)
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()

asyncio.run(main())
# expect: True True
# expect: 16384 65536
