"""Topological sorting of a graph of hashable nodes (graphlib), written in coil.

TopologicalSorter hands out nodes whose predecessors are all done, in the
order CPython's does: nodes are kept in the order they were first named,
the ready ones come out in that order, and a node becomes ready when its
last predecessor is marked done. prepare() looks for a cycle first, by a
depth-first walk along successors in insertion order, and reports the
first one found the way CPython does (CycleError(msg, [a, b, ..., a])).
"""

from types import GenericAlias

__all__ = ["TopologicalSorter", "CycleError"]

# A node's predecessor count becomes one of these once it has left get_ready().
_PASSED_OUT = -1
_FINISHED = -2
_NO_MORE = object()  # the end of a node's successors (nodes may be any value)


class CycleError(ValueError):
    """Raised by prepare() when the graph has a cycle; args[1] is the cycle."""


class _Node:
    __slots__ = ("node", "waiting_on", "successors")

    def __init__(self, node):
        self.node = node
        self.waiting_on = 0  # predecessors not done yet (or a state above)
        self.successors = []


class TopologicalSorter:
    """Linear order of the nodes of a graph, or batches of nodes ready to work on."""

    def __init__(self, graph=None):
        self._nodes = {}
        self._ready = None  # a list once prepare() ran
        self._handed_out = 0
        self._finished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _info(self, node):
        info = self._nodes.get(node)
        if info is None:
            info = self._nodes[node] = _Node(node)
        return info

    def add(self, node, *predecessors):
        """Adds node, depending on each of predecessors (repeats count)."""
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._info(node)
        info.waiting_on += len(predecessors)
        for pred in predecessors:
            self._info(pred).successors.append(node)

    def prepare(self):
        """Ends the graph: raises CycleError if it has a cycle."""
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [i.node for i in self._nodes.values() if i.waiting_on == 0]
        cycle = self._first_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def _need_prepared(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")

    def get_ready(self):
        """The nodes ready now (a tuple, maybe empty); each is handed out once."""
        self._need_prepared()
        batch = tuple(self._ready)
        for node in batch:
            self._nodes[node].waiting_on = _PASSED_OUT
        self._ready.clear()
        self._handed_out += len(batch)
        return batch

    def is_active(self):
        """Whether more nodes can come: some are ready or handed out and not done."""
        self._need_prepared()
        return self._finished < self._handed_out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Marks handed-out nodes as processed, readying their successors."""
        self._need_prepared()
        for node in nodes:
            info = self._nodes.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            if info.waiting_on >= 0:
                raise ValueError(f"node {node!r} was not passed out (still not ready)")
            if info.waiting_on == _FINISHED:
                raise ValueError(f"node {node!r} was already marked done")
            info.waiting_on = _FINISHED
            for succ in info.successors:
                succ_info = self._nodes[succ]
                succ_info.waiting_on -= 1
                if succ_info.waiting_on == 0:
                    self._ready.append(succ)
            self._finished += 1

    def _first_cycle(self):
        # Depth-first along successors; `path` is the current chain and
        # `position` where each of its nodes sits in it.
        visited = set()
        for start in self._nodes:
            if start in visited:
                continue
            path, position, pending = [], {}, []
            node = start
            while True:
                if node in visited:
                    if node in position:
                        return path[position[node]:] + [node]
                else:
                    visited.add(node)
                    position[node] = len(path)
                    path.append(node)
                    pending.append(iter(self._nodes[node].successors))
                # Go on from the deepest node that still has a successor to try.
                while pending:
                    nxt = next(pending[-1], _NO_MORE)
                    if nxt is not _NO_MORE:
                        node = nxt
                        break
                    pending.pop()
                    del position[path.pop()]
                else:
                    break
        return None

    def static_order(self):
        """All the nodes, each after its predecessors (prepares the sorter)."""
        self.prepare()
        while self.is_active():
            batch = self.get_ready()
            yield from batch
            self.done(*batch)

    __class_getitem__ = classmethod(GenericAlias)
