def f(a=1, b):  # expect error: SyntaxError: non-default argument follows default argument
    pass
