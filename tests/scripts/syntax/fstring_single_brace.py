x = f'a}'  # expect error: SyntaxError: f-string: single '}' is not allowed
