def f():
    def g():
        nonlocal missing
        missing = 1
    g()

# expect error: SyntaxError: no binding for nonlocal 'missing' found
