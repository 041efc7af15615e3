# cpython: no
# coil runs one thread: a wait that no queued thread can end raises
# RuntimeError where CPython would hang; threads started and never waited
# for still run, when the main thread next waits.
import queue
import threading

log = []
t = threading.Thread(target=log.append, args=("ran",))
t.start()
print(log)                      # expect: []
print(t.is_alive(), log)        # expect: False ['ran']

try:
    queue.Queue().get()
except RuntimeError as e:
    print(e)                    # expect: deadlock: Condition.wait() would block forever (coil runs threads one at a time, and no other thread is left to run)
lock = threading.Lock()
lock.acquire()
print(lock.acquire(timeout=0.01))  # expect: False
try:
    lock.acquire()
except RuntimeError as e:
    print(e)                    # expect: deadlock: acquiring a lock would block forever (coil runs threads one at a time, and no other thread is left to run)
print(threading.Event().wait(0.01))  # expect: False
