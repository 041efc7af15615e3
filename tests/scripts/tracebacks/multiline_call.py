def build(a, b, c):
    return a + b + c
result = build(
    1,
    2,
    "three",
)

# expect stderr: Traceback (most recent call last):
# expect stderr: File "multiline_call.py", line 3, in <module>
# expect stderr: result = build(
# expect stderr: ^^^^^^
# expect stderr: File "multiline_call.py", line 2, in build
# expect stderr: return a + b + c
# expect stderr: ~~~~~~^~~
# expect runtime error: TypeError: unsupported operand type(s) for +: 'int' and 'str'
