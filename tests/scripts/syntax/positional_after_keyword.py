print(sep="-", 1)


# expect stderr: File "positional_after_keyword.py", line 1
# expect stderr: print(sep="-", 1)
# expect error: SyntaxError: positional argument follows keyword argument
