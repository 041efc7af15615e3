"""Mixing blocking work into asyncio: to_thread, run_in_executor with a ThreadPoolExecutor."""
import asyncio
import concurrent.futures
import time


def blocking_sum(n):
    time.sleep(0.01)
    return sum(range(n))


async def main():
    result = await asyncio.to_thread(blocking_sum, 1000)
    print("to_thread:", result)
    loop = asyncio.get_running_loop()
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        results = await asyncio.gather(*(loop.run_in_executor(pool, blocking_sum, n) for n in (10, 100, 1000)))
    print("executor:", results)
    print("default executor:", await loop.run_in_executor(None, blocking_sum, 5))


asyncio.run(main())
with concurrent.futures.ThreadPoolExecutor(max_workers=3) as ex:
    futures = {ex.submit(pow, 2, k): k for k in range(5)}
    print(sorted(f.result() for f in concurrent.futures.as_completed(futures)))
    print(list(ex.map(str.upper, ["a", "b"])))
