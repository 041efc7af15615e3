del 1  # expect error: SyntaxError: cannot delete literal
