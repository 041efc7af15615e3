"""A singly linked list with dunder methods, reversal and cycle detection."""


class _Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        self._len = 0
        for v in reversed(list(iterable)):
            self.push(v)

    def push(self, value):
        self.head = _Node(value, self.head)
        self._len += 1

    def append(self, value):
        node = _Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self._len += 1

    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty list")
        v = self.head.value
        self.head = self.head.next
        self._len -= 1
        return v

    def __len__(self):
        return self._len

    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next

    def __getitem__(self, index):
        if index < 0:
            index += len(self)
        for i, v in enumerate(self):
            if i == index:
                return v
        raise IndexError("list index out of range")

    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)

    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def middle(self):
        slow = fast = self.head
        while fast and fast.next:
            slow, fast = slow.next, fast.next.next
        return slow.value if slow else None


def has_cycle(head):
    slow = fast = head
    while fast and fast.next:
        slow, fast = slow.next, fast.next.next
        if slow is fast:
            return True
    return False


ll = LinkedList([1, 2, 3, 4, 5])
print(ll, len(ll), ll[0], ll[-1], ll.middle())
ll.append(6)
ll.push(0)
print(ll)
ll.reverse()
print(ll, list(ll) == sorted(ll, reverse=True))
print(ll.pop(), ll.pop(), len(ll))
print(ll == LinkedList([4, 3, 2, 1, 0]), ll == [4, 3, 2, 1, 0])
try:
    LinkedList().pop()
except IndexError as e:
    print("IndexError:", e)
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
print(has_cycle(ll.head))
tail = ll.head
while tail.next:
    tail = tail.next
tail.next = ll.head.next
print(has_cycle(ll.head))
