"""A backtracking sudoku solver with candidate ordering."""

PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""


def parse(text):
    rows = [line.strip() for line in text.strip().splitlines()]
    return [[0 if ch == "." else int(ch) for ch in row] for row in rows]


def candidates(grid, r, c):
    used = set(grid[r])
    used.update(grid[i][c] for i in range(9))
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used.update(grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3))
    return [d for d in range(1, 10) if d not in used]


def solve(grid, stats):
    best = None
    for r in range(9):
        for c in range(9):
            if grid[r][c] == 0:
                cand = candidates(grid, r, c)
                if best is None or len(cand) < len(best[2]):
                    best = (r, c, cand)
    if best is None:
        return True
    r, c, cand = best
    for d in cand:
        stats["tries"] += 1
        grid[r][c] = d
        if solve(grid, stats):
            return True
    grid[r][c] = 0
    return False


def show(grid):
    lines = []
    for i, row in enumerate(grid):
        if i and i % 3 == 0:
            lines.append("------+-------+------")
        parts = [" ".join(map(str, row[k:k + 3])) for k in (0, 3, 6)]
        lines.append(" | ".join(parts))
    return "\n".join(lines)


grid = parse(PUZZLE)
stats = {"tries": 0}
ok = solve(grid, stats)
print("solved:", ok, "tries:", stats["tries"])
print(show(grid))
print(all(sorted(row) == list(range(1, 10)) for row in grid))
