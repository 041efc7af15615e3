"""Euler 11/18/67/81-style grid problems: largest product in a grid, minimal path sums, spiral diagonals."""

GRID = """
08 02 22 97 38 15 00 40 00 75
49 49 99 40 17 81 18 57 60 87
81 49 31 73 55 79 14 29 93 71
52 70 95 23 04 60 11 42 69 24
22 31 16 71 51 67 63 89 41 92
24 47 32 60 99 03 45 02 44 75
32 98 81 28 64 23 67 10 26 38
67 26 20 68 02 62 12 20 95 63
24 55 58 05 66 73 99 26 97 17
21 36 23 09 75 00 76 44 20 45
"""

grid = [[int(x) for x in row.split()] for row in GRID.strip().splitlines()]
n = len(grid)
best = (0, None)
for r in range(n):
    for c in range(n):
        for dr, dc in ((0, 1), (1, 0), (1, 1), (1, -1)):
            cells = [(r + k * dr, c + k * dc) for k in range(4)]
            if all(0 <= rr < n and 0 <= cc < n for rr, cc in cells):
                prod = 1
                for rr, cc in cells:
                    prod *= grid[rr][cc]
                if prod > best[0]:
                    best = (prod, (r, c, dr, dc))
print("largest product of four:", best)

cost = [[(r * 7 + c * 13) % 17 + 1 for c in range(8)] for r in range(8)]
dp = [[0] * 8 for _ in range(8)]
for r in range(8):
    for c in range(8):
        up = dp[r - 1][c] if r else float("inf")
        left = dp[r][c - 1] if c else float("inf")
        dp[r][c] = cost[r][c] + (0 if r == 0 and c == 0 else min(up, left))
print("min path sum (right/down):", dp[-1][-1])
path, r, c = [], 7, 7
while (r, c) != (0, 0):
    path.append((r, c))
    if r and (not c or dp[r - 1][c] <= dp[r][c - 1]):
        r -= 1
    else:
        c -= 1
print(len(path) + 1, "cells, first steps:", list(reversed(path))[:4])
spiral = [[0] * 7 for _ in range(7)]
r = c = 3
k, step, d = 1, 1, 0
dirs = [(0, 1), (1, 0), (0, -1), (-1, 0)]
spiral[r][c] = k
while k < 49:
    for _ in range(2):
        for _ in range(step):
            if k >= 49:
                break
            r, c = r + dirs[d][0], c + dirs[d][1]
            k += 1
            spiral[r][c] = k
        d = (d + 1) % 4
    step += 1
for row in spiral:
    print(" ".join(f"{v:2}" for v in row))
print("diagonal sum:", sum(spiral[i][i] + spiral[i][6 - i] for i in range(7)) - spiral[3][3])
