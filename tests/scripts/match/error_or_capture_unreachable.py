# An irrefutable alternative that is not the last one.
match 1:
    case x | 1:
        pass

# expect error: SyntaxError: name capture 'x' makes remaining patterns unreachable
