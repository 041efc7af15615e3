# A name bound twice in one pattern.
match [1, 2]:
    case [x, {"k": x}]:
        pass

# expect error: SyntaxError: multiple assignments to name 'x' in pattern
