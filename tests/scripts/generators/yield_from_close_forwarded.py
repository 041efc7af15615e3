# close() closes the delegate first; finally blocks run innermost first.
def inner():
    try:
        yield 1
    finally:
        print("inner finally")
def outer():
    try:
        yield from inner()
    finally:
        print("outer finally")
it = outer()
next(it)
it.close()
print("closed")

# expect: inner finally
# expect: outer finally
# expect: closed
