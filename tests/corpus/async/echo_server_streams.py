"""An echo server and client over asyncio streams on localhost (ephemeral port)."""
import asyncio


async def handle(reader, writer):
    peer_ok = writer.get_extra_info("peername") is not None
    while True:
        line = await reader.readline()
        if not line:
            break
        text = line.decode().rstrip("\n")
        if text == "quit":
            writer.write(b"bye\n")
            await writer.drain()
            break
        writer.write(f"echo[{len(text)}]: {text.upper()}\n".encode())
        await writer.drain()
    writer.close()
    await writer.wait_closed()
    print("server: connection closed, had peer:", peer_ok)


async def client(port, messages):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    replies = []
    for m in messages:
        writer.write((m + "\n").encode())
        await writer.drain()
        replies.append((await reader.readline()).decode().strip())
    writer.close()
    await writer.wait_closed()
    return replies


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        print(await client(port, ["hello", "async world", "quit"]))
        print(await client(port, ["again", "quit"]))
    print("server closed")


asyncio.run(main())
