# A program sleeping about 1 s on the event loop waits in the OS: it uses
# almost no CPU time.
import asyncio
import time

async def main():
    await asyncio.gather(asyncio.sleep(0.5), asyncio.sleep(1.0))

cpu = time.process_time()
wall = time.monotonic()
asyncio.run(main())
elapsed = time.monotonic() - wall
# Never early; late by a little on a loaded machine.
print(0.99 <= elapsed < 1.5)
print(time.process_time() - cpu < 0.1)

# expect: True
# expect: True
