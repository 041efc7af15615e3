# The same keyword twice in a class pattern.
match 1:
    case int(real=1, real=2):
        pass

# expect error: SyntaxError: attribute name repeated in class pattern: real
