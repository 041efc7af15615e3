# yield from delegates and evaluates to the subgenerator's return value.
def sub():
    got = yield "a"
    print("sub got", got)
    yield "b"
    return "sub result"
def outer():
    result = yield from sub()
    print("result:", result)
    yield "c"
it = outer()
print(next(it))
print(it.send("x"))
print(next(it))
print(next(it, "end"))

# expect: a
# expect: sub got x
# expect: b
# expect: result: sub result
# expect: c
# expect: end
