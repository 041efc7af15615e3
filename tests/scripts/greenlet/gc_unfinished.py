# Greenlets left unfinished are collected with their frames.
# cpython: no  (coil's collector: an unreachable suspended greenlet is freed without running its finally blocks; greenlet would throw GreenletExit into it)
import gc
from greenlet import greenlet, getcurrent

main = getcurrent()


def holder(n):
    data = [n] * 100
    main.switch(len(data))
    return "never"


total = 0
for i in range(50000):
    g = greenlet(holder)
    total += g.switch(i)
gc.collect()
print(total)


# A suspended greenlet still referenced survives collections.
kept = greenlet(holder)
kept.switch(7)
for i in range(3):
    gc.collect()
    [object() for j in range(1000)]
print(kept.dead, bool(kept))
print(kept.switch())

# expect: 5000000
# expect: False True
# expect: never
