# gevent.pool: a Pool runs at most `size` greenlets (spawn waits for a
# place); map/imap/imap_unordered/apply; Group joins its greenlets.
# cpython: no  (needs gevent: expectations come from gevent 22.10 under /usr/bin/python3)
import gevent
from gevent.pool import Pool, Group

DELAYS = [0.2, 0.08, 0.24, 0.04, 0.16]


def work(n):
    gevent.sleep(DELAYS[n])
    print("work", n)
    return n * n


p = Pool(2)
print(p.size, p.free_count(), p.full())
print(p.map(work, range(5)))
print(sorted(p.imap_unordered(work, range(3))))
print(list(p.imap(work, range(3))))
gs = [p.spawn(work, i) for i in range(3)]
print(len(p), p.free_count(), p.full())
p.join()
print([g.value for g in gs], len(p))

g = Group()
a = g.spawn(work, 1)
b = g.spawn(work, 3)
print(len(g), a in g)
g.join()
print(a.value, b.value, len(g))
print(p.apply(work, (4,)))
r = p.apply_async(work, (3,), callback=lambda v: print("callback", v))
print(r.get())
gevent.sleep(0)


def in_greenlet():
    return list(Pool(3).imap(work, [0, 1]))


print(gevent.spawn(in_greenlet).get())
k = Group()
for i in range(3):
    k.spawn(gevent.sleep, 10)
k.kill()
print(len(k))

# expect: 2 2 False
# expect: work 1
# expect: work 0
# expect: work 3
# expect: work 2
# expect: work 4
# expect: [0, 1, 4, 9, 16]
# expect: work 1
# expect: work 0
# expect: work 2
# expect: [0, 1, 4]
# expect: work 1
# expect: work 0
# expect: work 2
# expect: [0, 1, 4]
# expect: work 1
# expect: 2 0 True
# expect: work 0
# expect: work 2
# expect: [0, 1, 4] 0
# expect: 2 True
# expect: work 3
# expect: work 1
# expect: 1 9 0
# expect: work 4
# expect: 16
# expect: work 3
# expect: callback 9
# expect: 9
# expect: work 1
# expect: work 0
# expect: [0, 1]
# expect: 0
