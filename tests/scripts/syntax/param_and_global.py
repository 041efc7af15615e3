def f(x):
    global x


# expect stderr: File "param_and_global.py", line 2
# expect stderr: global x
# expect error: SyntaxError: name 'x' is parameter and global
