"""Async context managers: __aenter__/__aexit__ classes, asynccontextmanager, AsyncExitStack."""
import asyncio
from contextlib import asynccontextmanager, AsyncExitStack


class Connection:
    opened = 0

    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0)
        Connection.opened += 1
        print(f"open {self.name} (open now: {Connection.opened})")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        Connection.opened -= 1
        print(f"close {self.name}, exception: {exc_type.__name__ if exc_type else None}")
        return exc_type is KeyError

    async def query(self, q):
        await asyncio.sleep(0)
        if q == "bad":
            raise KeyError(q)
        return f"{self.name}:{q}"


@asynccontextmanager
async def transaction(conn):
    print("BEGIN")
    try:
        yield conn
    except Exception as e:
        print("ROLLBACK because", repr(e))
        raise
    else:
        print("COMMIT")


async def main():
    async with Connection("db1") as c:
        print(await c.query("select 1"))
    async with Connection("db2") as c:
        await c.query("bad")
        print("not reached")
    print("KeyError suppressed")
    try:
        async with Connection("db3") as c, transaction(c) as t:
            print(await t.query("insert"))
            raise RuntimeError("constraint violated")
    except RuntimeError as e:
        print("caught", e)
    async with AsyncExitStack() as stack:
        conns = [await stack.enter_async_context(Connection(f"pool{i}")) for i in range(3)]
        print([await c.query("ping") for c in conns])
    print("still open:", Connection.opened)


asyncio.run(main())
