def f(a, b, a):
    pass


# expect stderr: File "duplicate_argument.py", line 1
# expect stderr: def f(a, b, a):
# expect error: SyntaxError: duplicate argument 'a' in function definition
