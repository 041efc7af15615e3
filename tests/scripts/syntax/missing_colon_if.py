# A block header without its colon.
# expect error: SyntaxError: expected ':'
if True
    pass
