# iwait yields greenlets as they finish; joinall(raise_error=True) raises the
# first failure; count and timeout limit the waits.
# cpython: no  (needs gevent: expectations come from gevent 22.10 under /usr/bin/python3)
import gevent


def sleeper(t, fail=False):
    gevent.sleep(t)
    if fail:
        raise KeyError(t)
    return t


jobs = [gevent.spawn(sleeper, t) for t in (0.09, 0.03, 0.06)]
for g in gevent.iwait(jobs):
    print("finished", g.value)
jobs = [gevent.spawn(sleeper, t) for t in (0.09, 0.03, 0.06)]
print([g.value for g in gevent.wait(jobs, count=2)])
gevent.joinall(jobs)
jobs = [gevent.spawn(sleeper, 0.01, True), gevent.spawn(sleeper, 0.02)]
try:
    gevent.joinall(jobs, raise_error=True)
except KeyError as e:
    print("raise_error:", repr(e))
slow = [gevent.spawn(sleeper, 1)]
print(gevent.wait(slow, timeout=0.01))
gevent.killall(slow)
print(slow[0].dead)

# expect: finished 0.03
# expect: finished 0.06
# expect: finished 0.09
# expect: [0.03, 0.06]
# expect: raise_error: KeyError(0.01)
# expect: []
# expect: True
