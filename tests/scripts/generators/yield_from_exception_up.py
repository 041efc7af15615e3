# An exception in the delegate propagates through yield from to the delegator.
def inner():
    yield 1
    raise ValueError("from inner")
def outer():
    try:
        yield from inner()
    except ValueError as e:
        print("outer caught", e)
        yield "handled"
print(list(outer()))

# expect: outer caught from inner
# expect: [1, 'handled']
