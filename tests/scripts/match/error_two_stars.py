# Two star patterns in one sequence.
match [1, 2]:
    case [*a, 0, *b]:
        pass

# expect error: SyntaxError: multiple starred names in sequence pattern
