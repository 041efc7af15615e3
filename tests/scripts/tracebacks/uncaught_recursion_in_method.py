class Node:
    def __init__(self):
        self.parent = self
    def depth(self):
        return 1 + self.parent.depth()
Node().depth()

# expect stderr: Traceback (most recent call last):
# expect stderr: File "uncaught_recursion_in_method.py", line 6, in <module>
# expect stderr: Node().depth()
# expect stderr: File "uncaught_recursion_in_method.py", line 5, in depth
# expect stderr: return 1 + self.parent.depth()
# expect stderr: File "uncaught_recursion_in_method.py", line 5, in depth
# expect stderr: return 1 + self.parent.depth()
# expect stderr: File "uncaught_recursion_in_method.py", line 5, in depth
# expect stderr: return 1 + self.parent.depth()
# expect stderr: [Previous line repeated 996 more times]
# expect runtime error: RecursionError: maximum recursion depth exceeded
