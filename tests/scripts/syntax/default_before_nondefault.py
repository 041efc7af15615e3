def f(a=1, b):
    pass


# expect stderr: File "default_before_nondefault.py", line 1
# expect stderr: def f(a=1, b):
# expect error: SyntaxError: non-default argument follows default argument
