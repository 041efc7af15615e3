f(a=1, b)  # expect error: SyntaxError: positional argument follows keyword argument
