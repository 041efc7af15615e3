# reprlib: Repr's limits and layouts, the module repr(), custom limits and fillvalue, recursive_repr.
import reprlib
from collections import deque
values = [list(range(20)), tuple(range(3)), (1,), "x" * 100, "short", "ab'cd" * 20, 2 ** 200, -(10 ** 50), 12345,
          set(range(10)), frozenset("abcdefgh"), {i: str(i) * 3 for i in range(8)}, {}, set(), frozenset(), deque(range(9)),
          [[[[[[[1]]]]]]], {"k": [1, [2, [3, [4, [5, [6]]]]]]}, 3.14159, None, [1, "two", (3,), {4: 5}],
          type("LongNameClassForTesting", (), {})]
for v in values:
    out = reprlib.repr(v)
    print(out if "object at" not in out else out.split(" object at")[0])
r = reprlib.Repr()
r.maxlist = 2
r.maxstring = 10
r.maxlevel = 2
r.fillvalue = "~~"
print(r.repr([1, 2, 3]), r.repr("abcdefghijklmnop"), r.repr([[[1]]]), r.repr({"a": {"b": {"c": 1}}}))


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Node({self.name}, {self.children})"


a = Node("a")
a.children.append(a)
a.children.append(Node("b"))
print(a, Node.__repr__.__name__, Node.__repr__.__qualname__)


class Loop(list):
    @reprlib.recursive_repr("<loop>")
    def __repr__(self):
        return "Loop(" + ", ".join(map(repr, self)) + ")"


l = Loop([1])
l.append(l)
print(l)

# expect: [0, 1, 2, 3, 4, 5, ...]
# expect: (0, 1, 2)
# expect: (1,)
# expect: 'xxxxxxxxxxxx...xxxxxxxxxxxxx'
# expect: 'short'
# expect: "ab'cdab'cdab...'cdab'cdab'cd"
# expect: 160693804425899027...2993782792835301376
# expect: -10000000000000000...0000000000000000000
# expect: 12345
# expect: {0, 1, 2, 3, 4, 5, ...}
# expect: frozenset({'a', 'b', 'c', 'd', 'e', 'f', ...})
# expect: {0: '000', 1: '111', 2: '222', 3: '333', ...}
# expect: {}
# expect: set()
# expect: frozenset()
# expect: deque([0, 1, 2, 3, 4, 5, ...])
# expect: [[[[[[[...]]]]]]]
# expect: {'k': [1, [2, [3, [4, [5, [...]]]]]]}
# expect: 3.14159
# expect: None
# expect: [1, 'two', (3,), {4: 5}]
# expect: <class '__mai...ssForTesting'>
# expect: [1, 2, ~~] 'ab~~nop' [[[~~]]] {'a': {'b': {~~}}}
# expect: Node(a, [..., Node(b, [])]) __repr__ Node.__repr__
# expect: Loop(1, <loop>)
