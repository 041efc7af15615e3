def f:  # expect error: SyntaxError: expected '('
    pass
