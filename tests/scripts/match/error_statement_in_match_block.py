# Only case clauses go in a match block.
match 1:
    x = 1

# expect error: SyntaxError: invalid syntax
