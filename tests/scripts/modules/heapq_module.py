# The heapq module (written in coil, compiled into the binary): output checked against CPython.
import heapq
h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(3)], h)
h = [9, 8, 7, 6, 5, 4, 3, 2, 1]; heapq.heapify(h); print(h)
print(heapq.heappushpop(h, 0), heapq.heapreplace(h, 10), h)
print(heapq.nlargest(3, [4, 1, 7, 3, 9]), heapq.nsmallest(2, ['bb', 'a', 'ccc'], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])), list(heapq.merge([7, 4, 1], [8, 2], reverse=True)))
try: heapq.heappop([])
except IndexError as e: print('IndexError', e)
h = [(2, 'b'), (1, 'a'), (3, 'c')]; heapq.heapify(h); print(heapq.heappop(h))

# Expected output (CPython 3.11):
# expect: [5, 8, 7, 9] [1, 2, 3] [5, 8, 7, 9]
# expect: [1, 2, 3, 6, 5, 4, 7, 8, 9]
# expect: 0 1 [2, 5, 3, 6, 10, 4, 7, 8, 9]
# expect: [9, 7, 4] ['a', 'bb']
# expect: [1, 2, 3, 4, 5, 6, 7, 8] [8, 7, 4, 2, 1]
# expect: IndexError index out of range
# expect: (1, 'a')
