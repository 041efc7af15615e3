x = 1
nonlocal x


# expect stderr: File "nonlocal_at_module.py", line 2
# expect stderr: nonlocal x
# expect error: SyntaxError: name 'x' is assigned to before nonlocal declaration
