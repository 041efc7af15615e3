# Alternatives must bind the same names.
match [1]:
    case [a] | (a, b):
        pass

# expect error: SyntaxError: alternative patterns bind different names
