*a, *b = [1, 2]


# expect stderr: File "two_starred.py", line 1
# expect stderr: *a, *b = [1, 2]
# expect error: SyntaxError: multiple starred expressions in assignment
