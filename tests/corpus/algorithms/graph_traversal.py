"""BFS, DFS (recursive and iterative), connected components and bipartiteness."""
from collections import deque

GRAPH = {
    0: [1, 2],
    1: [0, 3, 4],
    2: [0, 5],
    3: [1],
    4: [1, 5],
    5: [2, 4],
    6: [7],
    7: [6],
    8: [],
}


def bfs(graph, start):
    seen = {start}
    order = []
    queue = deque([start])
    while queue:
        node = queue.popleft()
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order


def dfs_recursive(graph, node, seen=None):
    if seen is None:
        seen = []
    seen.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            dfs_recursive(graph, nxt, seen)
    return seen


def dfs_iterative(graph, start):
    seen, stack, order = set(), [start], []
    while stack:
        node = stack.pop()
        if node in seen:
            continue
        seen.add(node)
        order.append(node)
        stack.extend(reversed(graph[node]))
    return order


def components(graph):
    seen = set()
    result = []
    for node in graph:
        if node not in seen:
            comp = bfs(graph, node)
            seen.update(comp)
            result.append(sorted(comp))
    return result


def is_bipartite(graph):
    color = {}
    for start in graph:
        if start in color:
            continue
        color[start] = 0
        queue = deque([start])
        while queue:
            node = queue.popleft()
            for nxt in graph[node]:
                if nxt not in color:
                    color[nxt] = 1 - color[node]
                    queue.append(nxt)
                elif color[nxt] == color[node]:
                    return False
    return True


def shortest_path(graph, a, b):
    parents = {a: None}
    queue = deque([a])
    while queue:
        node = queue.popleft()
        if node == b:
            path = []
            while node is not None:
                path.append(node)
                node = parents[node]
            return path[::-1]
        for nxt in graph[node]:
            if nxt not in parents:
                parents[nxt] = node
                queue.append(nxt)
    return None


print("bfs:", bfs(GRAPH, 0))
print("dfs rec:", dfs_recursive(GRAPH, 0))
print("dfs it:", dfs_iterative(GRAPH, 0))
print("components:", components(GRAPH))
print("bipartite:", is_bipartite(GRAPH))
tree = {0: [1, 2], 1: [0, 3], 2: [0], 3: [1]}
print("tree bipartite:", is_bipartite(tree))
print("path 3->5:", shortest_path(GRAPH, 3, 5))
print("path 0->7:", shortest_path(GRAPH, 0, 7))
