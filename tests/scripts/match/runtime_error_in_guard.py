# An exception raised in a guard propagates.
match 0:
    case n if 1 / n:
        pass

# expect runtime error: ZeroDivisionError: division by zero
