# copy, bisect and heapq in a scheduling exercise: shallow vs deep copies with
# shared references and __deepcopy__, insort into a sorted timeline, heaps with tuples.
import bisect
import copy
import heapq

board = [[0] * 3 for _ in range(2)]
shallow = copy.copy(board)
deep = copy.deepcopy(board)
board[0][0] = 9
print(shallow[0][0], deep[0][0], shallow is board, shallow[0] is board[0])
shared = [1, 2]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)


class Config:
    def __init__(self, name, opts):
        self.name, self.opts = name, opts

    def __copy__(self):
        print("  __copy__")
        return Config(self.name, self.opts)

    def __deepcopy__(self, memo):
        print("  __deepcopy__")
        return Config(self.name + "-copy", copy.deepcopy(self.opts, memo))


c = Config("base", {"k": [1]})
c2, c3 = copy.copy(c), copy.deepcopy(c)
print(c2.opts is c.opts, c3.name, c3.opts == c.opts, c3.opts["k"] is c.opts["k"])
print(copy.copy((1, [2])) is not None, copy.deepcopy((1, 2)) == (1, 2), copy.copy({1, 2}), copy.replace if hasattr(copy, "replace") else "no replace")
times = []
for t in [30, 10, 50, 20, 40, 20]:
    bisect.insort(times, t)
print(times, bisect.bisect_left(times, 20), bisect.bisect_right(times, 20), bisect.bisect(times, 5), bisect.bisect(times, 99))
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
rows = [("b", 2), ("d", 4), ("f", 6)]
print(bisect.bisect_left(rows, 4, key=lambda r: r[1]), bisect.insort(rows, ("c", 3), key=lambda r: r[1]) or rows)
heap = []
for prio, task in [(3, "write"), (1, "plan"), (4, "test"), (1, "coffee"), (2, "code")]:
    heapq.heappush(heap, (prio, task))
print([heapq.heappop(heap) for _ in range(len(heap))])
nums = [9, 4, 7, 1, 8, 2]
heapq.heapify(nums)
print(nums[0], heapq.nsmallest(3, nums), heapq.nlargest(2, nums), heapq.nlargest(2, ["aa", "b", "cccc"], key=len))
print(heapq.heappushpop(nums, 0), heapq.heapreplace(nums, 10), sorted(nums), list(heapq.merge([1, 4, 7], [2, 5], [3])))
