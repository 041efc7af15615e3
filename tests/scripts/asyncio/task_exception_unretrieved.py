# A task that fails while nobody awaits it is reported on stderr (CPython
# when the task is collected; coil at the latest when the VM shuts down).
# cpython: no
import asyncio

async def fails():
    raise ValueError('nobody looked')

async def main():
    asyncio.ensure_future(fails())
    await asyncio.sleep(0.01)
    print('main done')

asyncio.run(main())

# expect: main done
# expect stderr: Task exception was never retrieved
# expect stderr: future: <Task finished name='Task-2' coro=<fails() done, defined at task_exception_unretrieved.py:6> exception=ValueError('nobody looked')>
# expect stderr: Traceback (most recent call last):
# expect stderr: ValueError: nobody looked
