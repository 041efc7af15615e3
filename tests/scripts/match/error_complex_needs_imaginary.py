# A sum in a pattern must be a complex literal.
match 2:
    case 1 + 1:
        pass

# expect error: SyntaxError: imaginary number required in complex literal
