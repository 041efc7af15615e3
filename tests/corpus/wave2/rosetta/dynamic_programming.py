# Dynamic-programming classics from textbook exercises: Levenshtein distance with
# an alignment, longest common subsequence, 0/1 knapsack with item recovery, coin change ways, LIS.
from functools import lru_cache


def levenshtein(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


for a, b in [("kitten", "sitting"), ("rosettacode", "raisethysword"), ("", "abc"), ("same", "same")]:
    print(f"{a!r} -> {b!r}: {levenshtein(a, b)}")


def lcs(a, b):
    @lru_cache(maxsize=None)
    def go(i, j):
        if i == len(a) or j == len(b):
            return ""
        if a[i] == b[j]:
            return a[i] + go(i + 1, j + 1)
        return max(go(i + 1, j), go(i, j + 1), key=len)
    return go(0, 0)


print(lcs("thisisatest", "testing123testing"), lcs("1234", "1224533324"))
items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160), ("glucose", 15, 60),
         ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40), ("cheese", 23, 30), ("beer", 52, 10)]
cap = 200
best = [[0] * (cap + 1) for _ in range(len(items) + 1)]
for i, (_, w, v) in enumerate(items, 1):
    for c in range(cap + 1):
        best[i][c] = best[i - 1][c]
        if w <= c and best[i - 1][c - w] + v > best[i][c]:
            best[i][c] = best[i - 1][c - w] + v
chosen, c = [], cap
for i in range(len(items), 0, -1):
    if best[i][c] != best[i - 1][c]:
        chosen.append(items[i - 1][0])
        c -= items[i - 1][1]
print("knapsack:", best[-1][-1], sorted(chosen))
ways = [1] + [0] * 100
for coin in (1, 5, 10, 25, 50, 100):
    for amt in range(coin, 101):
        ways[amt] += ways[amt - coin]
print("ways to make a dollar:", ways[100])
seq = [3, 2, 6, 4, 5, 1, 9, 7, 8, 0]
tails, parent, idx = [], [None] * len(seq), []
import bisect
for i, x in enumerate(seq):
    k = bisect.bisect_left([seq[j] for j in idx], x)
    if k == len(idx):
        idx.append(i)
    else:
        idx[k] = i
    parent[i] = idx[k - 1] if k else None
out, k = [], idx[-1]
while k is not None:
    out.append(seq[k])
    k = parent[k]
print("LIS:", out[::-1])
