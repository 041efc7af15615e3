"""Dijkstra's shortest paths with heapq, plus path reconstruction."""
import heapq
from collections import defaultdict


def build_graph(edges):
    graph = defaultdict(list)
    for u, v, w in edges:
        graph[u].append((v, w))
        graph[v].append((u, w))
    return graph


def dijkstra(graph, source):
    dist = {source: 0}
    prev = {}
    heap = [(0, source)]
    done = set()
    while heap:
        d, node = heapq.heappop(heap)
        if node in done:
            continue
        done.add(node)
        for nxt, w in graph[node]:
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                prev[nxt] = node
                heapq.heappush(heap, (nd, nxt))
    return dist, prev


def path_to(prev, target):
    path = [target]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    return path[::-1]


EDGES = [
    ("A", "B", 7), ("A", "C", 9), ("A", "F", 14), ("B", "C", 10),
    ("B", "D", 15), ("C", "D", 11), ("C", "F", 2), ("D", "E", 6),
    ("E", "F", 9), ("G", "H", 1),
]

if __name__ == "__main__":
    g = build_graph(EDGES)
    dist, prev = dijkstra(g, "A")
    for node in sorted(dist):
        print(f"{node}: {dist[node]:>3}  via {' -> '.join(path_to(prev, node))}")
    unreachable = sorted(set(g) - set(dist))
    print("unreachable:", unreachable)
