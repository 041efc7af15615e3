def f():
    x = 1
    global x


# expect stderr: File "assigned_before_global.py", line 3
# expect stderr: global x
# expect error: SyntaxError: name 'x' is assigned to before global declaration
