# Resuming and yielding through the loop's shortcuts: a `yield` statement
# drops what send() gives it; a yielded value lands in a for loop's variable
# or on the consumer's stack; values pass up a yield-from chain, and sent
# values and throws go down it.
def stmt():
    yield 1
    yield 2
    x = yield 3
    print("got", x)

g = stmt()
print(next(g), g.send("dropped"), g.send("dropped too"))
# expect: 1 2 3
try:
    g.send("kept")
except StopIteration:
    print("done")
# expect: got kept
# expect: done

def inner():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v

def middle():
    r = yield from inner()
    yield ("inner returned", r)

def outer():
    r = yield from middle()
    return r

o = outer()
print(next(o), o.send(5), o.send(7), next(o))
# expect: 0 5 12 ('inner returned', 12)

def chain(depth):
    if depth == 0:
        yield "a"
        yield "b"
        return "end"
    r = yield from chain(depth - 1)
    return r + str(depth)

seen = []
for item in chain(4):
    seen.append(item)
print(*seen)
# expect: a b
print([x for x in chain(3)], list(chain(2)))
# expect: ['a', 'b'] ['a', 'b']

def catcher():
    try:
        yield "ready"
    except KeyError as e:
        yield "caught " + str(e)

def wrap():
    yield from catcher()

w = wrap()
print(next(w), w.throw(KeyError("k")))
# expect: ready caught 'k'

def first_jump():
    while True:
        yield "loop"
        break
    yield "after"
print(list(first_jump()))
# expect: ['loop', 'after']

def unpack():
    a, b = yield
    print(a + b)
u = unpack()
next(u)
try:
    u.send((2, 3))
except StopIteration:
    pass
# expect: 5
