# A name bound by a capture and a star.
match [1, 2]:
    case [x, *x]:
        pass

# expect error: SyntaxError: multiple assignments to name 'x' in pattern
