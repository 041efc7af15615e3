class Node:
    def __init__(self):
        self.next = None
head = Node()
head.next.value = 5

# expect stderr: Traceback (most recent call last):
# expect stderr: File "store_attr_none.py", line 5, in <module>
# expect stderr: head.next.value = 5
# expect stderr: ^^^^^^^^^^^^^^^
# expect runtime error: AttributeError: 'NoneType' object has no attribute 'value'
