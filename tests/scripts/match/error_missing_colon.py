# A match header without its colon.
match command
    case _:
        pass

# expect error: SyntaxError: expected ':'
