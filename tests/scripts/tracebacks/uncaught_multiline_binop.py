total = (
    1 +
    2 +
    "three"
)

# expect stderr: Traceback (most recent call last):
# expect stderr: File "uncaught_multiline_binop.py", line 2, in <module>
# expect stderr: 1 +
# expect runtime error: TypeError: unsupported operand type(s) for +: 'int' and 'str'
