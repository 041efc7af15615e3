# `as _` is not a capture.
match 1:
    case int() as _:
        pass

# expect error: SyntaxError: cannot use '_' as a target
