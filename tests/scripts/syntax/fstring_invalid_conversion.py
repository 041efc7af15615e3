x = f'{1!x}'  # expect error: SyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a'
