# throw() into a just-created generator raises immediately without running it.
def g():
    print("never runs")
    yield 1
it = g()
try:
    it.throw(IndexError("early"))
except IndexError as e:
    print("raised", e)
print(list(it))

# expect: raised early
# expect: []
