x = (1]  # expect error: SyntaxError: closing parenthesis ']' does not match opening parenthesis '('
