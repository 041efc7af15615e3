*a = [1, 2]


# expect stderr: File "starred_alone.py", line 1
# expect stderr: *a = [1, 2]
# expect error: SyntaxError: starred assignment target must be in a list or tuple
