# enumerate() with a start value, over any iterable.
print(list(enumerate("abc")))            # expect: [(0, 'a'), (1, 'b'), (2, 'c')]
print(list(enumerate(["x", "y"], 1)))    # expect: [(1, 'x'), (2, 'y')]
print(list(enumerate("ab", start=-5)))   # expect: [(-5, 'a'), (-4, 'b')]
for i, ch in enumerate("hi", 10):
    print(i, ch)
# expect: 10 h
# expect: 11 i
e = enumerate([7])
print(next(e), next(e, "done"))          # expect: (0, 7) done
