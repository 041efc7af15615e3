# Future: result/exception/done/cancelled, callbacks (scheduled with
# call_soon, in order), remove_done_callback, and InvalidStateError.
import asyncio

loop = asyncio.new_event_loop()
f = loop.create_future()
print(f, f.done(), f.cancelled())
try:
    f.result()
except asyncio.InvalidStateError as e:
    print('InvalidStateError:', e)

def cb1(fut):
    print('cb1', fut.result())

def cb2(fut):
    print('cb2')

f.add_done_callback(cb1)
f.add_done_callback(cb2)
f.add_done_callback(cb2)
print(f.remove_done_callback(cb2))
f.set_result(10)
print('set; callbacks not run yet')
try:
    f.set_result(11)
except asyncio.InvalidStateError as e:
    print('InvalidStateError:', e)
print(f, f.result(), f.exception())
loop.call_soon(loop.stop)
loop.run_forever()

g = loop.create_future()
g.set_exception(KeyError('k'))
print(g)
try:
    g.result()
except KeyError as e:
    print('raised', repr(e))
print(repr(g.exception()))
h = loop.create_future()
print(h.cancel(), h.cancel(), h.cancelled(), h)
try:
    h.result()
except asyncio.CancelledError:
    print('CancelledError')
try:
    loop.create_future().set_exception(StopIteration)
except TypeError as e:
    print(e)
late = loop.create_future()
late.set_result('x')
late.add_done_callback(lambda fut: print('added after done:', fut.result()))
print(loop.run_until_complete(late))

# expect: <Future pending> False False
# expect: InvalidStateError: Result is not set.
# expect: 2
# expect: set; callbacks not run yet
# expect: InvalidStateError: invalid state
# expect: <Future finished result=10> 10 None
# expect: cb1 10
# expect: <Future finished exception=KeyError('k')>
# expect: raised KeyError('k')
# expect: KeyError('k')
# expect: True False True <Future cancelled>
# expect: CancelledError
# expect: StopIteration interacts badly with generators and cannot be raised into a Future
# expect: added after done: x
# expect: x
