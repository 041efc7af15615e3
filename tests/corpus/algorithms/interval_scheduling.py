"""Greedy algorithms: interval scheduling, merging intervals, activity selection, Huffman coding."""
import heapq
from collections import Counter


def merge(intervals):
    out = []
    for start, end in sorted(intervals):
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return out


def max_non_overlapping(intervals):
    chosen, last_end = [], float("-inf")
    for start, end in sorted(intervals, key=lambda iv: iv[1]):
        if start >= last_end:
            chosen.append((start, end))
            last_end = end
    return chosen


def min_rooms(meetings):
    ends, rooms = [], 0
    for start, end in sorted(meetings):
        while ends and ends[0] <= start:
            heapq.heappop(ends)
        heapq.heappush(ends, end)
        rooms = max(rooms, len(ends))
    return rooms


def huffman(text):
    heap = [[n, i, {ch: ""}] for i, (ch, n) in enumerate(sorted(Counter(text).items()))]
    heapq.heapify(heap)
    counter = len(heap)
    while len(heap) > 1:
        n1, _, c1 = heapq.heappop(heap)
        n2, _, c2 = heapq.heappop(heap)
        merged = {ch: "0" + code for ch, code in c1.items()}
        merged.update({ch: "1" + code for ch, code in c2.items()})
        heapq.heappush(heap, [n1 + n2, counter, merged])
        counter += 1
    return heap[0][2]


print(merge([(1, 3), (2, 6), (8, 10), (15, 18), (17, 20), (9, 9)]))
print(max_non_overlapping([(1, 4), (3, 5), (0, 6), (5, 7), (3, 9), (5, 9), (6, 10), (8, 11), (8, 12), (2, 14), (12, 16)]))
print(min_rooms([(0, 30), (5, 10), (15, 20), (10, 15), (25, 35)]))
codes = huffman("this is an example of a huffman tree")
for ch in sorted(codes, key=lambda c: (len(codes[c]), c)):
    print(repr(ch), codes[ch])
encoded = "".join(codes[c] for c in "this is an example of a huffman tree")
print(len(encoded), "bits vs", 8 * 36)
decode = {v: k for k, v in codes.items()}
buf, out = "", []
for bit in encoded:
    buf += bit
    if buf in decode:
        out.append(decode[buf])
        buf = ""
print("".join(out))
