f(**k, b)  # expect error: SyntaxError: positional argument follows keyword argument unpacking
