def outer():
    x = 1
    def inner(x):
        nonlocal x
    return inner


# expect stderr: File "param_and_nonlocal.py", line 4
# expect stderr: nonlocal x
# expect error: SyntaxError: name 'x' is parameter and nonlocal
