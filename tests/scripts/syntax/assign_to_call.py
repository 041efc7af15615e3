f() = 3


# expect stderr: File "assign_to_call.py", line 1
# expect stderr: f() = 3
# expect error: SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?
