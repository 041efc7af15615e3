# zip() stops at the shortest iterable; strict=True checks the lengths.
print(list(zip([1, 2, 3], "ab")))        # expect: [(1, 'a'), (2, 'b')]
print(list(zip()))                       # expect: []
print(list(zip([1, 2])))                 # expect: [(1,), (2,)]
print(list(zip(range(3), range(10), "xyz")))  # expect: [(0, 0, 'x'), (1, 1, 'y'), (2, 2, 'z')]
a, b = zip(*[(1, "a"), (2, "b")])
print(a, b)                              # expect: (1, 2) ('a', 'b')
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(e)  # expect: zip() argument 2 is shorter than argument 1
