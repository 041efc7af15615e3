# Memory of pending tasks sleeping in asyncio.sleep: run by run.py's memory check.
from _probe import report_peak
import asyncio
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 0


async def sleeper():
    await asyncio.sleep(3600)


async def main():
    tasks = [asyncio.create_task(sleeper()) for _ in range(n)]
    await asyncio.sleep(0)
    print(len(tasks))
    report_peak()
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)

asyncio.run(main())
