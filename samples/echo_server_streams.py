# An echo server and its clients with asyncio streams, on the loopback
# interface (the server takes a free port): start_server, open_connection,
# readline/write/drain, and a server closed by `async with`.
import asyncio


async def handle(reader, writer):
    peer = writer.get_extra_info("peername")
    while line := await reader.readline():
        writer.write(b"echo: " + line)
        await writer.drain()
    writer.close()
    await writer.wait_closed()
    print(f"server: {peer[0]} hung up")


async def client(port, name, words):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for word in words:
        writer.write(f"{name} says {word}\n".encode())
        await writer.drain()
        print((await reader.readline()).decode().rstrip())
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        await asyncio.gather(client(port, "ann", ["hi", "bye"]), client(port, "bob", ["hello"]))
    print("server closed")


asyncio.run(main())
# expect: echo: ann says hi
# expect: echo: bob says hello
# expect: echo: ann says bye
# expect: server: 127.0.0.1 hung up
# expect: server closed
# expect: server: 127.0.0.1 hung up
