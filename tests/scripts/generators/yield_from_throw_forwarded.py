# throw() is forwarded to the innermost delegate of a yield from chain.
def inner():
    try:
        yield 1
    except KeyError:
        print("inner caught")
        yield "recovered"
    return "inner done"
def middle():
    r = yield from inner()
    print("middle got", r)
    yield "after"
def outer():
    yield from middle()
it = outer()
print(next(it))
print(it.throw(KeyError))
print(next(it))

# expect: 1
# expect: inner caught
# expect: recovered
# expect: middle got inner done
# expect: after
