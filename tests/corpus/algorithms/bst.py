"""An unbalanced binary search tree: insert, delete, traversals, height, iteration."""


class Node:
    __slots__ = ("key", "left", "right")

    def __init__(self, key):
        self.key = key
        self.left = self.right = None


class BST:
    def __init__(self, keys=()):
        self.root = None
        self.size = 0
        for k in keys:
            self.insert(k)

    def insert(self, key):
        if self.root is None:
            self.root = Node(key)
            self.size += 1
            return
        node = self.root
        while True:
            if key == node.key:
                return
            side = "left" if key < node.key else "right"
            child = getattr(node, side)
            if child is None:
                setattr(node, side, Node(key))
                self.size += 1
                return
            node = child

    def __contains__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False

    def delete(self, key):
        def remove(node, key):
            if node is None:
                raise KeyError(key)
            if key < node.key:
                node.left = remove(node.left, key)
            elif key > node.key:
                node.right = remove(node.right, key)
            else:
                if node.left is None:
                    return node.right
                if node.right is None:
                    return node.left
                succ = node.right
                while succ.left:
                    succ = succ.left
                node.key = succ.key
                node.right = remove(node.right, succ.key)
            return node
        self.root = remove(self.root, key)
        self.size -= 1

    def __iter__(self):
        stack, node = [], self.root
        while stack or node:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            yield node.key
            node = node.right

    def __len__(self):
        return self.size

    def preorder(self):
        def walk(n):
            if n:
                yield n.key
                yield from walk(n.left)
                yield from walk(n.right)
        return list(walk(self.root))

    def postorder(self):
        def walk(n):
            if n:
                yield from walk(n.left)
                yield from walk(n.right)
                yield n.key
        return list(walk(self.root))

    def height(self):
        def h(n):
            return 0 if n is None else 1 + max(h(n.left), h(n.right))
        return h(self.root)

    def levels(self):
        out, level = [], [self.root] if self.root else []
        while level:
            out.append([n.key for n in level])
            level = [c for n in level for c in (n.left, n.right) if c]
        return out


t = BST([50, 30, 70, 20, 40, 60, 80, 35, 45, 65])
print(list(t), len(t), t.height())
print("pre:", t.preorder())
print("post:", t.postorder())
print("levels:", t.levels())
print(40 in t, 99 in t)
for k in (20, 30, 50):
    t.delete(k)
    print(f"after deleting {k}: {list(t)} levels={t.levels()}")
try:
    t.delete(1234)
except KeyError as e:
    print("KeyError", e)
words = BST("mango apple kiwi banana cherry apple fig".split())
print(list(words), len(words))
