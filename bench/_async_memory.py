# Memory of pending tasks: run by run.py's memory check (see README).
from _probe import report_peak
import asyncio
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 0

async def waiter(fut):
    await fut

async def main():
    fut = asyncio.get_running_loop().create_future()
    tasks = [asyncio.create_task(waiter(fut)) for _ in range(n)]
    await asyncio.sleep(0)
    print(len(tasks))
    report_peak()
    fut.set_result(None)
    await asyncio.gather(*tasks)

asyncio.run(main())
