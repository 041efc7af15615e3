# loop.call_soon_threadsafe from a worker thread and from the loop
# loop.call_soon_threadsafe from a worker thread and from the loop itself.
import asyncio
import threading

async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    results = []

    def worker(n):
        loop.call_soon_threadsafe(results.append, ("from thread", n))
        loop.call_soon_threadsafe(lambda: done.done() or done.set_result("ok"))

    t = threading.Thread(target=worker, args=(7,))
    t.start()
    print(await done)
    t.join()
    handle = loop.call_soon_threadsafe(results.append, "direct")
    await asyncio.sleep(0)
    print(results, type(handle).__name__, handle.cancelled())

asyncio.run(main())

# expect: ok
# expect: [('from thread', 7), 'direct'] Handle False
