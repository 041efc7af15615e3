# spawn, sleep(0) and timed sleeps interleave green threads in a fixed order;
# joinall/wait return the greenlets; values and exceptions are kept.
# cpython: no  (needs gevent: expectations come from gevent 22.10 under /usr/bin/python3)
import gevent
from gevent import Greenlet


def counter(name, n):
    for i in range(n):
        print(name, i)
        gevent.sleep(0)
    return name * n


jobs = [gevent.spawn(counter, c, 3) for c in "abc"]
print("spawned, nothing ran yet")
done = gevent.joinall(jobs)
print(done == jobs, [j.value for j in jobs], [j.successful() for j in jobs])


def sleeper(n, t):
    gevent.sleep(t)
    print("woke", n)
    return n


jobs = [gevent.spawn(sleeper, i, t) for i, t in [(1, 0.12), (2, 0.04), (3, 0.08)]]
done = gevent.wait(jobs)
print([g.value for g in done])

# spawn_later starts after a delay; get() waits for the value.
late = gevent.spawn_later(0.02, sleeper, "late", 0)
early = gevent.spawn(sleeper, "early", 0)
print(late.get(), early.get())

# Greenlet subclasses with _run, start().
class Adder(Greenlet):
    def __init__(self, a, b):
        Greenlet.__init__(self)
        self.a, self.b = a, b

    def _run(self):
        gevent.sleep(0.01)
        return self.a + self.b


g = Adder(2, 3)
print(g.ready(), g.started)
g.start()
g.join()
print(g.ready(), g.value, g.successful())
g2 = Greenlet(sleeper, "constructed", 0)
g2.start()
print(g2.get())

# The main greenlet sleeps cooperatively too.
ticks = []
t = gevent.spawn(lambda: [ticks.append(i) or gevent.sleep(0.01) for i in range(3)])
gevent.sleep(0.1)
print(ticks, t.dead)
print(gevent.wait())

# expect: spawned, nothing ran yet
# expect: a 0
# expect: b 0
# expect: c 0
# expect: a 1
# expect: b 1
# expect: c 1
# expect: a 2
# expect: b 2
# expect: c 2
# expect: True ['aaa', 'bbb', 'ccc'] [True, True, True]
# expect: woke 2
# expect: woke 3
# expect: woke 1
# expect: [2, 3, 1]
# expect: woke early
# expect: woke late
# expect: late early
# expect: False False
# expect: True 5 True
# expect: woke constructed
# expect: constructed
# expect: [0, 1, 2] True
# expect: True
