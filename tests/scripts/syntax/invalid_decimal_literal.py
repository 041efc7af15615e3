x = 1_  # expect error: SyntaxError: invalid decimal literal
