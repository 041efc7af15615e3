print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([c.upper() for c in "abc"])
print([[j for j in range(i)] for i in range(4)])
print([x for row in [[1, 2], [3], []] for x in row])

# expect: [0, 1, 4, 9, 16, 25]
# expect: [0, 6, 12, 18]
# expect: [(1, 0), (2, 0), (2, 1)]
# expect: ['A', 'B', 'C']
# expect: [[], [0], [0, 1], [0, 1, 2]]
# expect: [1, 2, 3]
