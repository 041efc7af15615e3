# queue: Queue/LifoQueue/PriorityQueue/SimpleQueue, maxsize, Empty/Full,
# task_done/join, and a consumer thread fed by the main thread.
import queue
import threading

q = queue.Queue()
for i in range(3):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(3)])
try:
    q.get_nowait()
except queue.Empty:
    print("Empty")
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")

small = queue.Queue(maxsize=1)
small.put("a")
print(small.full())
try:
    small.put("b", block=False)
except queue.Full:
    print("Full")

lifo = queue.LifoQueue()
for x in "abc":
    lifo.put(x)
print([lifo.get() for _ in range(3)])

pq = queue.PriorityQueue()
for item in [(3, "low"), (1, "high"), (2, "mid")]:
    pq.put(item)
print([pq.get() for _ in range(3)])

sq = queue.SimpleQueue()
sq.put(1)
sq.put(2)
print(sq.get(), sq.qsize(), sq.empty())

jobs = queue.Queue()
done = []


def consume():
    while True:
        item = jobs.get()
        if item is None:
            jobs.task_done()
            return
        done.append(item ** 2)
        jobs.task_done()


worker = threading.Thread(target=consume, daemon=True)
worker.start()
for n in range(5):
    jobs.put(n)
jobs.put(None)
jobs.join()
print(done)
try:
    jobs.task_done()
except ValueError as e:
    print("ValueError:", e)

# expect: 3 False False [0, 1, 2]
# expect: Empty
# expect: Empty after timeout
# expect: True
# expect: Full
# expect: ['c', 'b', 'a']
# expect: [(1, 'high'), (2, 'mid'), (3, 'low')]
# expect: 1 1 False
# expect: [0, 1, 4, 9, 16]
# expect: ValueError: task_done() called too many times
