# An unclosed with-items parenthesis is reported as never closed.
with (open("a") as f,
    pass
# expect stderr: File "with_parens_never_closed.py", line 2
# expect error: SyntaxError: '(' was never closed
