x = 1 \ + 2  # expect error: SyntaxError: unexpected character after line continuation character
