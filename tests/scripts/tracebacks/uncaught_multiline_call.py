def f(a, b):
    return a + b
result = f(
    1,
    "x",
)

# expect stderr: Traceback (most recent call last):
# expect stderr: File "uncaught_multiline_call.py", line 3, in <module>
# expect stderr: result = f(
# expect stderr: File "uncaught_multiline_call.py", line 2, in f
# expect stderr: return a + b
# expect runtime error: TypeError: unsupported operand type(s) for +: 'int' and 'str'
