def f(a, b, a):  # expect error: SyntaxError: duplicate argument 'a' in function definition
    pass
