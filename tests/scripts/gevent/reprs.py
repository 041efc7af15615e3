# How Greenlets print, and the report of one that failed (on stderr).
# cpython: no  (needs gevent: expectations come from gevent 22.10 under /usr/bin/python3)
import re
import sys
import gevent


def bad(x):
    raise ValueError("boom")


def show(obj):
    print(re.sub(r"0x[0-9a-f]+", "ADDR", repr(obj)))


g = gevent.spawn(bad, 1)
show(g)
print(g.name, str(g) == repr(g))
g.join()
show(g)
show(gevent.Greenlet(bad, 2, k=3))


class Sub(gevent.Greenlet):
    def _run(self):
        return 1


show(Sub())
show(gevent.spawn(lambda: 1))
sys.stderr.flush()
# expect stderr: raise ValueError("boom")
# expect stderr: ValueError: boom

# expect: <Greenlet at ADDR: bad(1)>
# expect: Greenlet-0 True
# expect: <Greenlet "Greenlet-0" at ADDR: bad(1)>
# expect: <Greenlet at ADDR: bad(2, k=3)>
# expect: <Sub at ADDR: _run>
# expect: <Greenlet at ADDR: <lambda>>
