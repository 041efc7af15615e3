# Re-entering a running loop is a RuntimeError; so is using a closed loop.
import asyncio

loop = asyncio.new_event_loop()

async def main():
    try:
        loop.run_until_complete(asyncio.sleep(0))
    except RuntimeError as e:
        print(e)
    try:
        loop.run_forever()
    except RuntimeError as e:
        print(e)
    try:
        asyncio.run(asyncio.sleep(0))
    except RuntimeError as e:
        print(e)
    print(asyncio.get_running_loop() is loop, loop.is_running())

loop.run_until_complete(main())
print(loop.is_running())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)
loop.close()
try:
    loop.run_until_complete(asyncio.sleep(0))
except RuntimeError as e:
    print(e)
try:
    loop.call_soon(print)
except RuntimeError as e:
    print(e)
try:
    loop.close()
    loop.close()
    print('close twice ok')
except RuntimeError as e:
    print(e)

# expect: This event loop is already running
# expect: This event loop is already running
# expect: asyncio.run() cannot be called from a running event loop
# expect: True True
# expect: False
# expect: no running event loop
# expect: Event loop is closed
# expect: Event loop is closed
# expect: close twice ok
