x = 1 € 2  # expect error: SyntaxError: invalid character '€' (U+20AC)
