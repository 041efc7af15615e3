class Stack:
    def __init__(self):
        self.items = []
    def pop(self):
        return self.items.pop()
s = Stack()
value = s.pop() * 2

# expect stderr: Traceback (most recent call last):
# expect stderr: File "method_call.py", line 7, in <module>
# expect stderr: value = s.pop() * 2
# expect stderr: ^^^^^^^
# expect stderr: File "method_call.py", line 5, in pop
# expect stderr: return self.items.pop()
# expect stderr: ^^^^^^^^^^^^^^^^
# expect runtime error: IndexError: pop from empty list
