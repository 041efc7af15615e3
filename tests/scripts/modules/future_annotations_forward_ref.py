# `from __future__ import annotations`: a method of a class may name the
# class in its annotations before the class exists; they are kept as strings.
from __future__ import annotations


class Node:
    def __init__(self, value: int, parent: Node | None = None) -> None:
        self.value = value
        self.parent = parent

    def child(self, value: int) -> Node:
        return Node(value, self)


leaf = Node(1).child(2)
print(leaf.value, leaf.parent.value)
print(Node.child.__annotations__)
print(Node.__init__.__annotations__)

# expect: 2 1
# expect: {'value': 'int', 'return': 'Node'}
# expect: {'value': 'int', 'parent': 'Node | None', 'return': 'None'}
