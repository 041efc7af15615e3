x = f'{a b}'  # expect error: SyntaxError: f-string: invalid syntax. Perhaps you forgot a comma?
