# An f-string is not a literal pattern.
match "a":
    case f"a":
        pass

# expect error: SyntaxError: patterns may only match literals and attribute lookups
