# expect error: SyntaxError: unexpected EOF while parsing
x = 1 + \