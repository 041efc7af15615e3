# Many greenlets alive at once, switched round-robin; each keeps its own frames.
# cpython: no  (needs the greenlet package: expectations come from greenlet 2.0.2 under /usr/bin/python3)
from greenlet import greenlet, getcurrent

main = getcurrent()
N = 10000


def worker(i):
    total = 0
    for step in range(3):
        total += i * step
        main.switch()
    return total


workers = [greenlet(worker) for i in range(N)]
for i, w in enumerate(workers):
    w.switch(i)
rounds = 0
results = []
while workers:
    rounds += 1
    alive = []
    for w in workers:
        r = w.switch()
        if w.dead:
            results.append(r)
        else:
            alive.append(w)
    workers = alive
print(rounds, len(results), sum(results))

# A chain of greenlets each switching to the next one.
def relay(n):
    if n == 0:
        return "bottom"
    return greenlet(relay).switch(n - 1) + "."


print(len(greenlet(relay).switch(300)))

# expect: 3 10000 149985000
# expect: 306
