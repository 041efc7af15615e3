# set_exception_handler receives the loop and the context dict.
import asyncio

def handler(loop, context):
    print('handler:', context['message'].replace(__file__, 'FILE'), repr(context['exception']))

def bad():
    raise ValueError('oops')

loop = asyncio.new_event_loop()
loop.set_exception_handler(handler)
print(loop.get_exception_handler() is handler)
loop.call_soon(bad)
loop.call_soon(loop.stop)
loop.run_forever()
loop.set_exception_handler(None)
loop.call_exception_handler({'message': 'custom message'})

# expect: True
# expect: handler: Exception in callback bad() at FILE:7 ValueError('oops')
# expect stderr: custom message
