"""Conway's Game of Life on a small torus, printing generations."""

GLIDER = [".#...", "..#..", "###..", ".....", "....."]


def parse(rows):
    return {(r, c) for r, line in enumerate(rows) for c, ch in enumerate(line) if ch == "#"}


def step(live, h, w):
    counts = {}
    for r, c in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = ((r + dr) % h, (c + dc) % w)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}


def render(live, h, w):
    return "\n".join("".join("#" if (r, c) in live else "." for c in range(w)) for r in range(h))


h, w = 6, 6
live = parse(GLIDER)
for gen in range(5):
    print(f"generation {gen}: {len(live)} alive")
    print(render(live, h, w))
    live = step(live, h, w)

blinker = {(1, 0), (1, 1), (1, 2)}
print(step(step(blinker, 5, 5), 5, 5) == blinker, sorted(step(blinker, 5, 5)))
rpent = parse([".##", "##.", ".#."])
for _ in range(30):
    rpent = step(rpent, 40, 40)
print("r-pentomino after 30:", len(rpent))
