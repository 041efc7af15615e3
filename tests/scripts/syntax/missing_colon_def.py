# def needs a colon after the parameters, whatever follows.
def f() x:  # expect error: SyntaxError: expected ':'
    pass
