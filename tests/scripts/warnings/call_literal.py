pairs = [
    (1, 2)
    (3, 4)
]


# expect stderr: call_literal.py:2: SyntaxWarning: 'tuple' object is not callable; perhaps you missed a comma?
# expect stderr: (1, 2)
# expect stderr: Traceback (most recent call last):
# expect stderr: File "call_literal.py", line 2, in <module>
# expect stderr: (1, 2)
# expect runtime error: TypeError: 'tuple' object is not callable
