"""Bracket matching, infix evaluation of RPN, and a queue made of two stacks (classic stack exercises)."""


class Stack:
    def __init__(self):
        self._items = []

    def push(self, x):
        self._items.append(x)

    def pop(self):
        if self.is_empty():
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def peek(self):
        return self._items[-1] if self._items else None

    def is_empty(self):
        return not self._items

    def __len__(self):
        return len(self._items)

    def __repr__(self):
        return f"Stack({self._items})"


class TwoStackQueue:
    def __init__(self):
        self.inbox, self.outbox = Stack(), Stack()

    def enqueue(self, x):
        self.inbox.push(x)

    def dequeue(self):
        if self.outbox.is_empty():
            while not self.inbox.is_empty():
                self.outbox.push(self.inbox.pop())
        return self.outbox.pop()


def check_brackets(text):
    opening = {")": "(", "]": "[", "}": "{", ">": "<"}
    s = Stack()
    for pos, ch in enumerate(text):
        if ch in "([{<":
            s.push((ch, pos))
        elif ch in opening:
            if s.is_empty():
                return f"unexpected {ch!r} at {pos}"
            top, at = s.pop()
            if top != opening[ch]:
                return f"{ch!r} at {pos} does not close {top!r} at {at}"
    if not s.is_empty():
        ch, pos = s.pop()
        return f"unclosed {ch!r} at {pos}"
    return "balanced"


def eval_rpn(tokens):
    s = Stack()
    for t in tokens.split():
        if t in {"+", "-", "*", "/"}:
            b, a = s.pop(), s.pop()
            s.push({"+": a + b, "-": a - b, "*": a * b, "/": a / b}[t])
        else:
            s.push(float(t))
    return s.pop()


def decimal_to_binary(n):
    s = Stack()
    while n:
        s.push(n % 2)
        n //= 2
    return "".join(str(s.pop()) for _ in range(len(s))) or "0"


for text in ["(a[b]{c})", "((", "a)b", "{[(])}", "<html>{}</html>", ""]:
    print(repr(text), "->", check_brackets(text))
print(eval_rpn("3 4 + 2 *"), eval_rpn("5 1 2 + 4 * + 3 -"), eval_rpn("2 3 4 * 5 6 * + -"))
print([decimal_to_binary(n) for n in (0, 1, 5, 42, 255)])
q = TwoStackQueue()
for i in range(3):
    q.enqueue(i)
print(q.dequeue(), end=" ")
q.enqueue(3)
print(q.dequeue(), q.dequeue(), q.dequeue())
try:
    q.dequeue()
except IndexError as e:
    print("IndexError:", e)
