# Exceptions in green threads, get(), kill(), links, timeouts.
# cpython: no  (needs gevent: expectations come from gevent 22.10 under /usr/bin/python3)
import gevent
from gevent import GreenletExit


def fails():
    gevent.sleep(0)
    raise ValueError("boom")


g = gevent.spawn(fails)
g.join()
print(g.ready(), g.successful(), repr(g.exception), g.value, g.dead)
try:
    g.get()
except ValueError as e:
    print("get raised", e)


def forever():
    try:
        gevent.sleep(10)
    finally:
        print("forever cleaned up")


k = gevent.spawn(forever)
gevent.sleep(0)
k.kill()
print(k.dead, k.exception, type(k.value).__name__, k.successful())

k2 = gevent.spawn(forever)
k2.kill()
print(k2.dead, k2.ready(), k2.successful())

k3 = gevent.spawn(forever)
gevent.sleep(0)
k3.kill(KeyError("killed"), block=True)
print(k3.dead, repr(k3.exception))

got = []
l = gevent.spawn(lambda: 5)
l.link(lambda g: got.append(("link", g.value)))
l.link_value(lambda g: got.append("value"))
l.link_exception(lambda g: got.append("exception"))
l.join()
gevent.sleep(0)
print(got)
got = []
e = gevent.spawn(fails)
e.link_value(lambda g: got.append("value"))
e.link_exception(lambda g: got.append("exception"))
e.join()
gevent.sleep(0)
print(got)

s = gevent.spawn(gevent.sleep, 1)
print(gevent.joinall([s], timeout=0.02), s.ready())
s.kill()
print(s.ready())
try:
    gevent.spawn(gevent.sleep, 1).get(timeout=0.01)
except gevent.Timeout as t:
    print("Timeout:", t)

with gevent.Timeout(0.01, False):
    gevent.sleep(1)
    print("not reached")
try:
    with gevent.Timeout(0.01):
        gevent.sleep(1)
except gevent.Timeout as t:
    print("timed out after", t)
print(gevent.with_timeout(0.01, gevent.sleep, 1, timeout_value="default"))

# Waiting on nothing that can finish: LoopExit.
try:
    gevent.get_hub().switch()
except gevent.hub.LoopExit as e:
    print("LoopExit:", str(e).splitlines()[0])
print(gevent.wait())
gevent.killall([gevent.spawn(forever) for i in range(2)])
print("done")

# expect: True False ValueError('boom') None True
# expect: get raised boom
# expect: forever cleaned up
# expect: True None GreenletExit True
# expect: True True True
# expect: forever cleaned up
# expect: True KeyError('killed')
# expect: [('link', 5), 'value']
# expect: ['exception']
# expect: [] False
# expect: True
# expect: Timeout: 0.01 seconds
# expect: timed out after 0.01 seconds
# expect: default
# expect: LoopExit: This operation would block forever
# expect: True
# expect: done
