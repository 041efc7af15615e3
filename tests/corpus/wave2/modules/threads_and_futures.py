# threading, queue and concurrent.futures as single-threaded-looking programs
# use them: a thread pool map, futures with exceptions, a locked counter, worker threads
# fed by a queue, and results collected in a deterministic order.
import concurrent.futures
import queue
import threading


def square(n):
    return n * n


def risky(n):
    if n == 3:
        raise ValueError(f"bad input {n}")
    return n + 100


with concurrent.futures.ThreadPoolExecutor(max_workers=3) as pool:
    print(list(pool.map(square, range(8))))
    futures = {pool.submit(risky, n): n for n in range(5)}
    outcomes = {}
    for fut in concurrent.futures.as_completed(futures):
        n = futures[fut]
        try:
            outcomes[n] = fut.result()
        except ValueError as e:
            outcomes[n] = f"error: {e}"
    print(sorted(outcomes.items()))
    f = pool.submit(sum, [1, 2, 3])
    print(f.result(), f.done(), f.exception(), f.cancelled())

counter = 0
lock = threading.Lock()


def bump(times):
    global counter
    for _ in range(times):
        with lock:
            counter += 1


threads = [threading.Thread(target=bump, args=(1000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter", counter, lock.locked())

tasks = queue.Queue()
results = queue.Queue()


def worker():
    while True:
        item = tasks.get()
        if item is None:
            tasks.task_done()
            break
        results.put((item, item.upper()))
        tasks.task_done()


workers = [threading.Thread(target=worker, name=f"w{i}") for i in range(2)]
for w in workers:
    w.start()
for word in ["alpha", "beta", "gamma", "delta"]:
    tasks.put(word)
for _ in workers:
    tasks.put(None)
tasks.join()
for w in workers:
    w.join()
collected = []
while not results.empty():
    collected.append(results.get())
print(sorted(collected), [w.name for w in workers], any(w.is_alive() for w in workers))
local = threading.local()
local.value = "main"
print(local.value, threading.current_thread().name, threading.main_thread() is threading.current_thread())
q = queue.Queue(maxsize=1)
q.put(1)
try:
    q.put(2, block=False)
except queue.Full:
    print("queue.Full")
try:
    queue.Queue().get_nowait()
except queue.Empty:
    print("queue.Empty")
lq, pq = queue.LifoQueue(), queue.PriorityQueue()
for v in (3, 1, 2):
    lq.put(v)
    pq.put(v)
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)])
ev = threading.Event()
print(ev.is_set(), ev.wait(0.001))
ev.set()
print(ev.wait(), threading.active_count() >= 1)
