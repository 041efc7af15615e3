"""A hand-written binary min-heap vs heapq; a priority task scheduler; k-way merge; top-k."""
import heapq
import itertools


class MinHeap:
    def __init__(self):
        self.data = []

    def push(self, item):
        self.data.append(item)
        i = len(self.data) - 1
        while i > 0:
            parent = (i - 1) // 2
            if self.data[i] < self.data[parent]:
                self.data[i], self.data[parent] = self.data[parent], self.data[i]
                i = parent
            else:
                break

    def pop(self):
        if not self.data:
            raise IndexError("pop from empty heap")
        last = self.data.pop()
        if not self.data:
            return last
        top, self.data[0] = self.data[0], last
        i, n = 0, len(self.data)
        while True:
            small = i
            for child in (2 * i + 1, 2 * i + 2):
                if child < n and self.data[child] < self.data[small]:
                    small = child
            if small == i:
                return top
            self.data[i], self.data[small] = self.data[small], self.data[i]
            i = small

    def __len__(self):
        return len(self.data)


class Scheduler:
    def __init__(self):
        self.heap = []
        self.counter = itertools.count()

    def add(self, priority, name):
        heapq.heappush(self.heap, (priority, next(self.counter), name))

    def run(self):
        while self.heap:
            prio, seq, name = heapq.heappop(self.heap)
            yield f"[p{prio}] #{seq} {name}"


h = MinHeap()
values = [(i * 7919) % 101 for i in range(20)]
for v in values:
    h.push(v)
out = [h.pop() for _ in range(len(h))]
print(out == sorted(values), out[:8])
s = Scheduler()
for prio, name in [(3, "write docs"), (1, "fix bug"), (2, "review"), (1, "deploy"), (3, "lunch")]:
    s.add(prio, name)
print("\n".join(s.run()))
lists = [[1, 4, 9], [2, 3, 10, 11], [0, 5], []]
print(list(heapq.merge(*lists)))
print(heapq.nlargest(3, values), heapq.nsmallest(3, values))
people = [("ann", 31), ("bob", 25), ("cy", 40), ("dee", 25)]
print(heapq.nsmallest(2, people, key=lambda p: p[1]))
data = [5, 3, 8, 1]
heapq.heapify(data)
print(data, heapq.heappushpop(data, 0), heapq.heapreplace(data, 9), data)
