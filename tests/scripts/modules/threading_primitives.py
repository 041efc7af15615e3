# threading: Thread with target/args, join, is_alive, names, a worker's
# exception reported on stderr, Lock/RLock/Semaphore/Condition/Event/Barrier
# as context managers, and errors.
import threading

results = []


def worker(n, scale=1):
    results.append(n * scale)


threads = [threading.Thread(target=worker, args=(i,), kwargs={"scale": 10})
           for i in range(3)]
print([t.name.split("-")[0] for t in threads])
print(threads[0].name.endswith("(worker)"), threads[0].is_alive(), threads[0].daemon)
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results), [t.is_alive() for t in threads])

lock = threading.Lock()
total = 0


def add_many(k):
    global total
    for _ in range(k):
        with lock:
            total += 1


ts = [threading.Thread(target=add_many, args=(500,)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(total, lock.locked())
print(lock.acquire(), lock.acquire(False), lock.locked())
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)

r = threading.RLock()
with r:
    with r:
        print("reentrant ok")
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)

sem = threading.BoundedSemaphore(2)
with sem:
    print(sem.acquire(blocking=False), sem.acquire(blocking=False))
    sem.release()
try:
    sem.release()
    sem.release()
except ValueError as e:
    print("ValueError:", e)

ready = threading.Event()
seen = []


def wait_for_ready():
    ready.wait()
    seen.append("ready seen")


t = threading.Thread(target=wait_for_ready)
t.start()
ready.set()
t.join()
print(seen, ready.is_set(), ready.wait(0))

cond = threading.Condition()
box = []


def consumer():
    with cond:
        cond.wait_for(lambda: box)
        seen.append(("consumed", box[0]))


def producer():
    with cond:
        box.append(42)
        cond.notify_all()


c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
c.join()
p.join()
print(seen[-1])

barrier = threading.Barrier(3)
arrived = []


def party(i):
    barrier.wait()
    arrived.append(i)


ps = [threading.Thread(target=party, args=(i,)) for i in range(2)]
for t in ps:
    t.start()
barrier.wait()
for t in ps:
    t.join()
print(sorted(arrived), barrier.parties, barrier.n_waiting, barrier.broken)


def fails():
    raise ValueError("worker failed")


f = threading.Thread(target=fails, name="Failing")
f.start()
f.join()
print("main continues", threading.current_thread().name,
      threading.current_thread() is threading.main_thread())
print(threading.active_count(), isinstance(threading.get_ident(), int))
try:
    f.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread(target=worker).join()
except RuntimeError as e:
    print("RuntimeError:", e)


class Counter(threading.Thread):
    def __init__(self):
        super().__init__(name="counter")
        self.count = 0

    def run(self):
        for _ in range(5):
            self.count += 1


c = Counter()
c.start()
c.join()
print(c.name, c.count)
timer = threading.Timer(0.01, lambda: print("timer fired"))
timer.start()
timer.join()

# expect: ['Thread', 'Thread', 'Thread']
# expect: True False False
# expect: [0, 10, 20] [False, False, False]
# expect: 2000 False
# expect: True False True
# expect: RuntimeError: release unlocked lock
# expect: reentrant ok
# expect: RuntimeError: cannot release un-acquired lock
# expect: True False
# expect: ValueError: Semaphore released too many times
# expect: ['ready seen'] True True
# expect: ('consumed', 42)
# expect: [0, 1] 3 0 False
# expect: main continues MainThread True
# expect: 1 True
# expect: RuntimeError: threads can only be started once
# expect: RuntimeError: cannot join thread before it is started
# expect: counter 5
# expect: timer fired
# expect stderr: Exception in thread Failing:
# expect stderr: Traceback (most recent call last):
# expect stderr: File "threading_primitives.py", line 124, in fails
# expect stderr: raise ValueError("worker failed")
# expect stderr: ValueError: worker failed
