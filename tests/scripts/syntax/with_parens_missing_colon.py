# Parenthesized with-items without the ':' (a top-level `as` makes them with-items).
with (open("a") as f, open("b") as g)
    pass
# expect stderr: File "with_parens_missing_colon.py", line 2
# expect error: SyntaxError: expected ':'
