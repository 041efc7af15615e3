# from __future__ import annotations: forward references in signatures and
# class bodies stay strings, typing.get_type_hints resolves them, dataclasses still work.
from __future__ import annotations

import typing
from dataclasses import dataclass, field


class Node:
    def __init__(self, value: int, parent: Node | None = None) -> None:
        self.value = value
        self.parent = parent
        self.children: list[Node] = []

    def child(self, value: int) -> Node:
        n = Node(value, self)
        self.children.append(n)
        return n

    def depth(self) -> int:
        return 0 if self.parent is None else 1 + self.parent.depth()


root = Node(1)
leaf = root.child(2).child(3)
print(leaf.depth(), Node.child.__annotations__, Node.__init__.__annotations__)
print(typing.get_type_hints(Node.child))


@dataclass
class Tree:
    name: str
    kids: list[Tree] = field(default_factory=list)
    weight: float = 1.0

    def total(self) -> float:
        return self.weight + sum(k.total() for k in self.kids)


t = Tree("root", [Tree("a", weight=2), Tree("b", [Tree("c", weight=0.5)])])
print(t.total(), Tree.__annotations__, [f for f in Tree.__dataclass_fields__])


def f(x: undefined_name_is_fine, *args: int, **kw: str) -> "quoted":
    return x


print(f(5), f.__annotations__)
x: SomethingUndefined = 3
print(__annotations__)
