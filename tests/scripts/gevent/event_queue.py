# gevent.event.Event/AsyncResult and gevent.queue.Queue between green threads.
# cpython: no  (needs gevent: expectations come from gevent 22.10 under /usr/bin/python3)
import gevent
from gevent.event import Event, AsyncResult
from gevent.queue import Queue, Empty, Full

ev = Event()


def waiter(n):
    print("waiting", n)
    ev.wait()
    print("released", n)


ws = [gevent.spawn(waiter, i) for i in range(3)]
gevent.sleep(0)
print("setting", ev.is_set())
ev.set()
gevent.joinall(ws)
print(ev.wait(0.01), Event().wait(0.01))

ar = AsyncResult()
gevent.spawn_later(0.01, ar.set, 42)
print(ar.get(), ar.ready(), ar.successful())
bad = AsyncResult()
gevent.spawn(bad.set_exception, KeyError("k"))
try:
    bad.get()
except KeyError as e:
    print("AsyncResult raised", repr(e))
try:
    AsyncResult().get(timeout=0.01)
except gevent.Timeout:
    print("AsyncResult timed out")

q = Queue(maxsize=2)


def producer():
    for i in range(5):
        q.put(i)
        print("put", i)
    q.put(None)


def consumer():
    got = []
    while True:
        item = q.get()
        if item is None:
            return got
        print("got", item)
        got.append(item)


p = gevent.spawn(producer)
c = gevent.spawn(consumer)
print(c.get())
try:
    Queue().get(timeout=0.01)
except Empty:
    print("Empty")
full = Queue(1)
full.put(1)
try:
    full.put(2, timeout=0.01)
except Full:
    print("Full")
print(full.qsize(), full.full(), Queue().empty())

# expect: waiting 0
# expect: waiting 1
# expect: waiting 2
# expect: setting False
# expect: released 0
# expect: released 1
# expect: released 2
# expect: True False
# expect: 42 True True
# expect: AsyncResult raised KeyError('k')
# expect: AsyncResult timed out
# expect: put 0
# expect: put 1
# expect: got 0
# expect: got 1
# expect: put 2
# expect: put 3
# expect: got 2
# expect: got 3
# expect: put 4
# expect: got 4
# expect: [0, 1, 2, 3, 4]
# expect: Empty
# expect: Full
# expect: 1 True True
