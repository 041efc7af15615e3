"""A worker-thread pattern: threads take jobs from a queue.Queue, results go
to another queue, a lock guards a shared counter; the main thread waits with
join() and prints the results in a stable order."""
import queue
import threading

PAGES = {"/": 1200, "/about": 300, "/blog": 5400, "/contact": 150, "/shop": 2600, "/faq": 800}

jobs = queue.Queue()
results = queue.Queue()
lock = threading.Lock()
stats = {"bytes": 0, "pages": 0}


def fetch(path):
    return "x" * PAGES[path]


def worker():
    while True:
        path = jobs.get()
        if path is None:
            jobs.task_done()
            break
        body = fetch(path)
        with lock:
            stats["bytes"] += len(body)
            stats["pages"] += 1
        results.put((path, len(body), threading.current_thread().name.startswith("fetcher")))
        jobs.task_done()


threads = [threading.Thread(target=worker, name=f"fetcher-{i}") for i in range(3)]
for t in threads:
    t.start()
for path in PAGES:
    jobs.put(path)
for _ in threads:
    jobs.put(None)
jobs.join()
for t in threads:
    t.join()
print("alive:", [t.is_alive() for t in threads])
collected = []
while not results.empty():
    collected.append(results.get_nowait())
for path, size, named in sorted(collected):
    print(f"{path:10} {size:6} {named}")
print(stats)

done = threading.Event()
seen = []


def waiter():
    done.wait()
    seen.append("event seen")


w = threading.Thread(target=waiter)
w.start()
done.set()
w.join()
print(seen, threading.active_count())
