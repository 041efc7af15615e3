pairs = [(1, 'a'), (2, 'b')]
print([f"{n}{c}" for n, c in pairs])
print({c: n for n, c in pairs})
print([(a, rest) for a, *rest in [(1, 2, 3), (4, 5)]])
print([x for (x, _), in [((1, 2),), ((3, 4),)]])
print(sum(a * b for a, b in zip(range(4), range(4, 8))))

# expect: ['1a', '2b']
# expect: {'a': 1, 'b': 2}
# expect: [(1, [2, 3]), (4, [5])]
# expect: [1, 3]
# expect: 38
