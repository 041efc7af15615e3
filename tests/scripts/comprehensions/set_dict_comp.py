print(sorted({x % 4 for x in range(20)}))
print({k: v for k, v in zip("abc", range(3))})
print({v: k for k, v in {'a': 1, 'b': 2}.items()})
words = ["apple", "bob", "cat", "apple"]
print({w: len(w) for w in words})
print({len(w) for w in words} == {3, 5})
print(dict((i, i * i) for i in range(4)))

# expect: [0, 1, 2, 3]
# expect: {'a': 0, 'b': 1, 'c': 2}
# expect: {1: 'a', 2: 'b'}
# expect: {'apple': 5, 'bob': 3, 'cat': 3}
# expect: True
# expect: {0: 0, 1: 1, 2: 4, 3: 9}
