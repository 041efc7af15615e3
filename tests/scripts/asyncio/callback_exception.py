# An exception in a callback is reported on stderr and the loop goes on.
import asyncio

def bad(x):
    raise KeyError(x)

loop = asyncio.new_event_loop()
loop.call_soon(bad, 'k')
loop.call_soon(print, 'still running')
loop.call_soon(loop.stop)
loop.run_forever()
print('after')

# expect: still running
# expect: after
# expect stderr: handle: <Handle bad('k') at callback_exception.py:4>
# expect stderr: Traceback (most recent call last):
# expect stderr: File "callback_exception.py", line 5, in bad
# expect stderr: KeyError: 'k'
