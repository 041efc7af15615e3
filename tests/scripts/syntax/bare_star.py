def f(*):  # expect error: SyntaxError: named arguments must follow bare *
    pass
