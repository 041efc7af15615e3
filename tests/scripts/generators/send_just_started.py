# Sending non-None to a just-started generator is a TypeError.
def g():
    x = yield 1
    print("x =", x)
    yield 2
it = g()
try:
    it.send(5)
except TypeError as e:
    print(e)
print(it.send(None))
print(it.send("sent"))

# expect: can't send non-None value to a just-started generator
# expect: 1
# expect: x = sent
# expect: 2
