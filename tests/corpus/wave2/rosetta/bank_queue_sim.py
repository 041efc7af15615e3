# A discrete-event simulation of a bank queue with a seeded random generator,
# heapq events, and a summary table: deterministic because the seed is fixed.
import heapq
import random
import statistics

rng = random.Random(2024)
events = []
t = 0.0
for cust in range(40):
    t += rng.expovariate(1 / 3.0)
    heapq.heappush(events, (round(t, 6), "arrive", cust))
tellers_free = [0.0, 0.0]
waits, served_by = [], {0: 0, 1: 0}
while events:
    time, kind, cust = heapq.heappop(events)
    teller = min(range(2), key=lambda i: (tellers_free[i], i))
    start = max(time, tellers_free[teller])
    service = rng.uniform(2, 7)
    tellers_free[teller] = start + service
    waits.append(start - time)
    served_by[teller] += 1
print(f"customers: {len(waits)}  served: {served_by}")
print(f"mean wait {statistics.mean(waits):.3f}  max wait {max(waits):.3f}  waited>0: {sum(w > 0 for w in waits)}")
print(f"closing time {max(tellers_free):.2f}")
print([round(rng.random(), 6) for _ in range(3)], rng.randint(1, 6), rng.choice("abcdef"), rng.sample(range(100), 4))
deck = list(range(10))
rng.shuffle(deck)
print(deck, round(rng.gauss(0, 1), 6), rng.choices("xyz", weights=[1, 2, 3], k=5), round(rng.triangular(0, 10, 3), 6))
random.seed(7)
print(random.randrange(0, 100, 5), random.getrandbits(16), round(random.betavariate(2, 3), 6))
state = rng.getstate()
a = rng.random()
rng.setstate(state)
print(a == rng.random())
