# A bare capture pattern before other cases.
match 1:
    case 0:
        pass
    case x:
        pass
    case 2:
        pass

# expect error: SyntaxError: name capture 'x' makes remaining patterns unreachable
