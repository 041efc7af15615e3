"""A round-robin task scheduler built from plain generators (the pre-asyncio 'trampoline' pattern),
with system calls yielded to the scheduler, sleeping on a virtual clock, and task joins."""
from collections import deque
import heapq


class SysCall:
    def handle(self, sched, task):
        raise NotImplementedError


class GetTid(SysCall):
    def handle(self, sched, task):
        task.sendval = task.tid
        sched.ready.append(task)


class Sleep(SysCall):
    def __init__(self, ticks):
        self.ticks = ticks

    def handle(self, sched, task):
        heapq.heappush(sched.sleeping, (sched.clock + self.ticks, task.tid, task))


class Spawn(SysCall):
    def __init__(self, gen):
        self.gen = gen

    def handle(self, sched, task):
        task.sendval = sched.new(self.gen)
        sched.ready.append(task)


class Join(SysCall):
    def __init__(self, tid):
        self.tid = tid

    def handle(self, sched, task):
        if self.tid in sched.tasks:
            sched.waiting.setdefault(self.tid, []).append(task)
        else:
            task.sendval = sched.results.get(self.tid)
            sched.ready.append(task)


class Task:
    def __init__(self, tid, gen):
        self.tid, self.gen, self.sendval = tid, gen, None

    def step(self):
        value, self.sendval = self.sendval, None
        return self.gen.send(value)


class Scheduler:
    def __init__(self):
        self.ready, self.sleeping, self.tasks = deque(), [], {}
        self.waiting, self.results = {}, {}
        self.clock, self.next_tid = 0, 1

    def new(self, gen):
        task = Task(self.next_tid, gen)
        self.next_tid += 1
        self.tasks[task.tid] = task
        self.ready.append(task)
        return task.tid

    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.clock, _, task = heapq.heappop(self.sleeping)
                self.ready.append(task)
                continue
            task = self.ready.popleft()
            try:
                result = task.step()
            except StopIteration as e:
                del self.tasks[task.tid]
                self.results[task.tid] = e.value
                for waiter in self.waiting.pop(task.tid, []):
                    waiter.sendval = e.value
                    self.ready.append(waiter)
                continue
            if isinstance(result, SysCall):
                result.handle(self, task)
            else:
                self.ready.append(task)


def worker(name, n, delay):
    tid = yield GetTid()
    for i in range(n):
        print(f"t={sched.clock:>2} {name}(tid {tid}) step {i}")
        yield Sleep(delay)
    return f"{name} finished"


def main():
    tid = yield GetTid()
    print(f"main is tid {tid}")
    a = yield Spawn(worker("fast", 3, 1))
    b = yield Spawn(worker("slow", 2, 3))
    print(f"spawned {a} and {b}")
    ra = yield Join(a)
    print(f"t={sched.clock:>2} joined {a}: {ra}")
    rb = yield Join(b)
    print(f"t={sched.clock:>2} joined {b}: {rb}")
    return "main done"


sched = Scheduler()
sched.new(main())
sched.run()
print(sched.results, sched.clock)
