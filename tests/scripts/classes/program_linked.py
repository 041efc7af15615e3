class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        self._len = 0
        for x in reversed(list(iterable)):
            self.push(x)
    def push(self, value):
        self.head = Node(value, self.head)
        self._len += 1
    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next
    def __len__(self):
        return self._len
    def __bool__(self):
        return self.head is not None
    def __getitem__(self, i):
        if isinstance(i, slice):
            return LinkedList(list(self)[i])
        if i < 0:
            i += len(self)
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("LinkedList index out of range")
    def __contains__(self, value):
        print("contains called")
        return any(v == value for v in self)
    def __reversed__(self):
        return iter(list(self)[::-1])
    def __add__(self, other):
        if not isinstance(other, LinkedList):
            return NotImplemented
        return LinkedList(list(self) + list(other))
    def __iadd__(self, other):
        for x in other:
            self.append(x)
        return self
    def append(self, value):
        if not self.head:
            self.push(value); return
        node = self.head
        while node.next:
            node = node.next
        node.next = Node(value)
        self._len += 1
    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)
    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"

ll = LinkedList([1, 2, 3])
print(ll, len(ll), bool(ll), bool(LinkedList()))
print(ll[0], ll[-1], ll[1:], 2 in ll, 5 in ll)
print(list(reversed(ll)), sum(ll), max(ll), sorted(ll, reverse=True))
a, b, c = ll
print(a, b, c, [*ll, *ll])
ll2 = ll + LinkedList("ab")
print(ll2, ll2 == LinkedList([1, 2, 3, "a", "b"]))
ll += [9, 10]
print(ll, len(ll))
try:
    ll + [1]
except TypeError as e:
    print(e)
try:
    ll[99]
except IndexError as e:
    print(e)
print(dict(zip(ll, "abcde")), list(enumerate(ll))[:2], list(map(str, ll)))
it = iter(ll)
print(next(it), next(it), type(it).__name__)
print(any(x > 5 for x in ll), all(ll), ",".join(str(x) for x in ll if x % 2))

# expect: LinkedList([1, 2, 3]) 3 True False
# expect: contains called
# expect: contains called
# expect: 1 3 LinkedList([2, 3]) True False
# expect: [3, 2, 1] 6 3 [3, 2, 1]
# expect: 1 2 3 [1, 2, 3, 1, 2, 3]
# expect: LinkedList([1, 2, 3, 'a', 'b']) True
# expect: LinkedList([1, 2, 3, 9, 10]) 5
# expect: unsupported operand type(s) for +: 'LinkedList' and 'list'
# expect: LinkedList index out of range
# expect: {1: 'a', 2: 'b', 3: 'c', 9: 'd', 10: 'e'} [(0, 1), (1, 2)] ['1', '2', '3', '9', '10']
# expect: 1 2 generator
# expect: True True 1,3,9
