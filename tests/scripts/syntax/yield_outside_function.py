x = 1
yield x


# expect stderr: File "yield_outside_function.py", line 2
# expect stderr: yield x
# expect error: SyntaxError: 'yield' outside function
