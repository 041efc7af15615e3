1 = x


# expect stderr: File "assign_to_literal.py", line 1
# expect stderr: 1 = x
# expect error: SyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='?
