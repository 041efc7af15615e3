# Equal literal keys in one mapping pattern (1 == 1.0).
match {}:
    case {1: a, 1.0: b}:
        pass

# expect error: SyntaxError: mapping pattern checks duplicate key (1.0)
