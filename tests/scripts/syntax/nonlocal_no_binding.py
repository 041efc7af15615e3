def outer():
    def inner():
        nonlocal y
        y = 2
    return inner


# expect stderr: File "nonlocal_no_binding.py", line 3
# expect stderr: nonlocal y
# expect error: SyntaxError: no binding for nonlocal 'y' found
