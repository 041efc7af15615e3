# call_soon runs callbacks FIFO; timers run by deadline, equal deadlines in
# the order they were scheduled (CPython's heap leaves exact ties to chance); a timer's callbacks run after those already
# ready.
import asyncio

loop = asyncio.new_event_loop()
out = []
loop.call_later(0.02, out.append, 'later 0.02 a')
loop.call_later(0.01, out.append, 'later 0.01')
loop.call_later(0.02, out.append, 'later 0.02 b')
when = loop.time() + 0.03
loop.call_at(when, out.append, 'at 0.03 a')
loop.call_at(when + 0.001, out.append, 'at 0.031')
loop.call_soon(out.append, 'soon 1')
h = loop.call_soon(out.append, 'cancelled')
loop.call_soon(out.append, 'soon 2')
h.cancel()
loop.call_soon(lambda: loop.call_soon(out.append, 'nested soon'))
loop.call_later(0.05, loop.stop)
loop.run_forever()
for x in out:
    print(x)
print(h.cancelled(), loop.is_running(), loop.is_closed())
loop.close()
print(loop.is_closed())

# expect: soon 1
# expect: soon 2
# expect: nested soon
# expect: later 0.01
# expect: later 0.02 a
# expect: later 0.02 b
# expect: at 0.03 a
# expect: at 0.031
# expect: True False False
# expect: True
