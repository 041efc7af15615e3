# The timer queue: 100,000 tasks sleeping pseudo-random short delays.
import asyncio

async def sleeper(delay):
    await asyncio.sleep(delay)
    return 1

async def main():
    x = 12345
    coros = []
    for i in range(100000):
        x = (x * 1103515245 + 12345) % 2147483648
        coros.append(sleeper((x % 1000) / 20000.0))
    print(sum(await asyncio.gather(*coros)))

asyncio.run(main())
