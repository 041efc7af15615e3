# A wildcard case before other cases.
match 1:
    case _:
        pass
    case 2:
        pass

# expect error: SyntaxError: wildcard makes remaining patterns unreachable
