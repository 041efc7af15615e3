"""Disjoint-set union with path compression, used by Kruskal's minimum spanning tree."""


class DisjointSet:
    def __init__(self, items):
        self.parent = {x: x for x in items}
        self.rank = {x: 0 for x in items}
        self.count = len(self.parent)

    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        self.count -= 1
        return True

    def __repr__(self):
        groups = {}
        for x in self.parent:
            groups.setdefault(self.find(x), []).append(x)
        return f"DisjointSet({sorted(sorted(g) for g in groups.values())})"


def kruskal(nodes, edges):
    ds = DisjointSet(nodes)
    tree = []
    for w, u, v in sorted(edges):
        if ds.union(u, v):
            tree.append((u, v, w))
    return tree


nodes = "abcdefg"
edges = [
    (7, "a", "b"), (5, "a", "d"), (8, "b", "c"), (9, "b", "d"),
    (7, "b", "e"), (5, "c", "e"), (15, "d", "e"), (6, "d", "f"),
    (8, "e", "f"), (9, "e", "g"), (11, "f", "g"),
]
mst = kruskal(nodes, edges)
for u, v, w in mst:
    print(f"{u}-{v} {w}")
print("total weight:", sum(w for *_, w in mst))

ds = DisjointSet(range(10))
for a, b in [(0, 1), (2, 3), (1, 3), (5, 6), (7, 7), (8, 9), (9, 5)]:
    print(a, b, ds.union(a, b), ds.count)
print(ds)
