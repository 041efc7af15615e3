# Stream failures: a refused connection, a peer that closes early
# (IncompleteReadError, readline's partial line, EOF), a read that times
# out, and a task cancelled while blocked in a read.
import asyncio
import socket

async def early_closer(reader, writer):
    writer.write(b"abc")
    await writer.drain()
    writer.close()

async def silent(reader, writer):
    await reader.read()  # until the client goes away
    writer.close()

async def main():
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    free_port = probe.getsockname()[1]
    probe.close()
    try:
        await asyncio.open_connection("127.0.0.1", free_port)
    except ConnectionRefusedError as e:
        print("refused:", type(e).__name__, e.errno)

    server = await asyncio.start_server(early_closer, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        await reader.readexactly(10)
    except asyncio.IncompleteReadError as e:
        print("incomplete:", e.partial, e.expected, e)
    print(await reader.read(), reader.at_eof())
    writer.close()
    await writer.wait_closed()
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print(await reader.readline(), await reader.readline())
    writer.close()
    server.close()
    await server.wait_closed()

    server = await asyncio.start_server(silent, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        await asyncio.wait_for(reader.readline(), 0.1)
    except asyncio.TimeoutError:
        print("timed out")
    task = asyncio.create_task(reader.read(100))
    await asyncio.sleep(0.05)
    print(task.done())
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled while reading")
    # The stream still works after the cancelled read.
    writer.write(b"still alive\n")
    await writer.drain()
    writer.close()
    await writer.wait_closed()
    server.close()
    print("done")

asyncio.run(main())
# expect: refused: ConnectionRefusedError 111
# expect: incomplete: b'abc' 10 3 bytes read on a total of 10 expected bytes
# expect: b'' True
# expect: b'abc' b''
# expect: timed out
# expect: False
# expect: cancelled while reading
# expect: done
