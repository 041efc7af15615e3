# return inside an except* clause.
def f():
    try:
        pass
    except* ValueError:
        return 1

# expect error: SyntaxError: 'break', 'continue' and 'return' cannot appear in an except* block
