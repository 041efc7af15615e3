# Builtins accept one positional sub-pattern (the subject itself).
match 5:
    case int(a, b):
        pass

# expect runtime error: TypeError: int() accepts 1 positional sub-pattern (2 given)
