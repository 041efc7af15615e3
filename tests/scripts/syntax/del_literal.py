del 5


# expect stderr: File "del_literal.py", line 1
# expect stderr: del 5
# expect error: SyntaxError: cannot delete literal
