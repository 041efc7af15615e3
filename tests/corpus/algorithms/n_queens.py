"""N-queens by backtracking: count solutions and draw the first one."""


def solve(n):
    cols, diag1, diag2 = set(), set(), set()
    placement = []

    def place(row):
        if row == n:
            yield list(placement)
            return
        for c in range(n):
            if c in cols or (row - c) in diag1 or (row + c) in diag2:
                continue
            cols.add(c); diag1.add(row - c); diag2.add(row + c)
            placement.append(c)
            yield from place(row + 1)
            placement.pop()
            cols.remove(c); diag1.remove(row - c); diag2.remove(row + c)

    return place(0)


def draw(solution):
    n = len(solution)
    return "\n".join(" ".join("Q" if c == col else "." for c in range(n)) for col in solution)


for n in range(1, 9):
    count = sum(1 for _ in solve(n))
    print(f"{n}-queens: {count} solutions")

first = next(solve(8))
print(first)
print(draw(first))
