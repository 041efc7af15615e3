def g():
    yield 1
    raise ValueError("inside generator")
try:
    for v in g():
        print(v)
except ValueError as e:
    print("caught", e)
def h():
    try:
        yield 1
    except KeyError:
        yield "handled"
it = h()
next(it)
print(it.throw(KeyError("k")))

# expect: 1
# expect: caught inside generator
# expect: handled
