"""Kahn's algorithm and DFS-based topological order, with cycle detection."""
from collections import defaultdict, deque


class CycleError(Exception):
    pass


def kahn(deps):
    indegree = defaultdict(int)
    children = defaultdict(list)
    nodes = set(deps)
    for node, requires in deps.items():
        for r in requires:
            nodes.add(r)
            children[r].append(node)
            indegree[node] += 1
    ready = deque(sorted(n for n in nodes if indegree[n] == 0))
    order = []
    while ready:
        n = ready.popleft()
        order.append(n)
        for c in sorted(children[n]):
            indegree[c] -= 1
            if indegree[c] == 0:
                ready.append(c)
    if len(order) != len(nodes):
        stuck = sorted(n for n in nodes if indegree[n] > 0)
        raise CycleError(f"cycle among {stuck}")
    return order


def dfs_order(deps):
    WHITE, GREY, BLACK = 0, 1, 2
    state = {}
    order = []

    def visit(n, trail):
        st = state.get(n, WHITE)
        if st == GREY:
            raise CycleError(" -> ".join(trail + [n]))
        if st == BLACK:
            return
        state[n] = GREY
        for r in sorted(deps.get(n, ())):
            visit(r, trail + [n])
        state[n] = BLACK
        order.append(n)

    for n in sorted(deps):
        visit(n, [])
    return order


BUILD = {
    "app": ["lib", "utils", "config"],
    "lib": ["utils", "core"],
    "utils": ["core"],
    "config": [],
    "tests": ["app", "mock"],
    "mock": ["core"],
}

print("kahn:", kahn(BUILD))
print("dfs: ", dfs_order(BUILD))
bad = dict(BUILD, core=["app"])
for fn in (kahn, dfs_order):
    try:
        fn(bad)
    except CycleError as e:
        print(f"{fn.__name__}: CycleError: {e}")
