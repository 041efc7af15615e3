"""Event-loop level API: new_event_loop/run_until_complete, call_at/call_later ordering, Runner."""
import asyncio


def main():
    loop = asyncio.new_event_loop()
    try:
        order = []
        t0 = loop.time()
        loop.call_later(0.02, order.append, "later-20")
        loop.call_at(t0 + 0.01, order.append, "at-10")
        loop.call_soon(order.append, "soon")

        async def wait():
            await asyncio.sleep(0.03)
            return "slept"

        print(loop.run_until_complete(wait()), order)
        print(loop.is_running(), loop.is_closed())

        async def stopper():
            loop.call_soon(loop.stop)
        loop.create_task(stopper())
        loop.run_forever()
        print("run_forever returned")
    finally:
        loop.close()
    print(loop.is_closed())
    with asyncio.Runner() as runner:
        print(runner.run(asyncio.sleep(0, result="first")))
        print(runner.run(asyncio.sleep(0, result="second")))
    try:
        asyncio.get_running_loop()
    except RuntimeError as e:
        print("RuntimeError:", e)


main()
