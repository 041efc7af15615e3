# Task switching: 100,000 tasks each awaiting asyncio.sleep(0) five times,
# then gathered.
import asyncio

async def worker(i):
    for _ in range(5):
        await asyncio.sleep(0)
    return i

async def main():
    results = await asyncio.gather(*[worker(i) for i in range(100000)])
    print(len(results), sum(results))

asyncio.run(main())
