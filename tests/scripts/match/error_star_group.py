# A star pattern alone in parentheses.
match [1]:
    case (*a):
        pass

# expect error: SyntaxError: invalid syntax
