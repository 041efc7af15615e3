# yield from works with any iterable.
def g():
    yield from [1, 2]
    yield from (3, 4)
    yield from range(5, 7)
    yield from "ab"
    yield from {"k": 1}
print(list(g()))

# expect: [1, 2, 3, 4, 5, 6, 'a', 'b', 'k']
