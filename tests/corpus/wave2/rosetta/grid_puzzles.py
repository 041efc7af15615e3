# Grid puzzles: the 100 doors, Langton's ant (small board), a spiral matrix,
# Conway's game of life glider for a few steps, and a knight's tour via Warnsdorff.
doors = [False] * 101
for step in range(1, 101):
    for d in range(step, 101, step):
        doors[d] = not doors[d]
print("open doors:", [i for i, o in enumerate(doors) if o])


def spiral(n):
    grid = [[0] * n for _ in range(n)]
    r = c = 0
    dr, dc = 0, 1
    for k in range(n * n):
        grid[r][c] = k
        nr, nc = r + dr, c + dc
        if not (0 <= nr < n and 0 <= nc < n) or grid[nr][nc] or (nr, nc) == (0, 0):
            dr, dc = dc, -dr
            nr, nc = r + dr, c + dc
        r, c = nr, nc
    return grid


for row in spiral(5):
    print(" ".join(f"{v:2d}" for v in row))
size = 11
ant = [size // 2, size // 2]
heading = 0
black = set()
for _ in range(200):
    pos = tuple(ant)
    heading = (heading + (1 if pos not in black else -1)) % 4
    black ^= {pos}
    ant[0] += [-1, 0, 1, 0][heading]
    ant[1] += [0, 1, 0, -1][heading]
    if not (0 <= ant[0] < size and 0 <= ant[1] < size):
        break
for r in range(size):
    print("".join("#" if (r, c) in black else "." for c in range(size)))
live = {(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)}
for gen in range(4):
    counts = {}
    for (r, c) in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    counts[(r + dr, c + dc)] = counts.get((r + dr, c + dc), 0) + 1
    live = {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}
print("glider after 4 generations:", sorted(live))
N = 6
moves = [(1, 2), (2, 1), (2, -1), (1, -2), (-1, -2), (-2, -1), (-2, 1), (-1, 2)]
board = [[0] * N for _ in range(N)]


def options(r, c):
    return [(r + dr, c + dc) for dr, dc in moves if 0 <= r + dr < N and 0 <= c + dc < N and not board[r + dr][c + dc]]


r, c = 0, 0
for step in range(1, N * N + 1):
    board[r][c] = step
    nxt = options(r, c)
    if not nxt:
        break
    r, c = min(nxt, key=lambda p: (len(options(*p)), p))
print("knight's tour complete:", step == N * N)
for row in board:
    print(" ".join(f"{v:2d}" for v in row))
