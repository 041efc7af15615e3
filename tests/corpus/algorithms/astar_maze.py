"""A* path finding on a text maze with Manhattan heuristic; marks the path."""
import heapq

MAZE = """
S....#........
.###.#.######.
...#.#......#.
##.#.####.#.#.
...#......#.#.
.#######.##.#.
.........#..#E
""".strip().splitlines()


def neighbours(pos):
    r, c = pos
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(MAZE) and 0 <= nc < len(MAZE[0]) and MAZE[nr][nc] != "#":
            yield (nr, nc)


def find(ch):
    for r, row in enumerate(MAZE):
        if ch in row:
            return (r, row.index(ch))
    raise LookupError(ch)


def astar(start, goal):
    h = lambda p: abs(p[0] - goal[0]) + abs(p[1] - goal[1])
    open_heap = [(h(start), 0, start)]
    came = {start: None}
    cost = {start: 0}
    expanded = 0
    while open_heap:
        _, g, cur = heapq.heappop(open_heap)
        if g > cost[cur]:
            continue
        expanded += 1
        if cur == goal:
            path = []
            while cur:
                path.append(cur)
                cur = came[cur]
            return path[::-1], expanded
        for nxt in neighbours(cur):
            ng = g + 1
            if ng < cost.get(nxt, 1 << 30):
                cost[nxt] = ng
                came[nxt] = cur
                heapq.heappush(open_heap, (ng + h(nxt), ng, nxt))
    return None, expanded


start, goal = find("S"), find("E")
path, expanded = astar(start, goal)
print("start", start, "goal", goal)
print("length", len(path) - 1, "expanded", expanded > 0)
grid = [list(row) for row in MAZE]
for r, c in path[1:-1]:
    grid[r][c] = "*"
print("\n".join("".join(row) for row in grid))
