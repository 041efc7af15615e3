# list.sort and sorted: key=, reverse=, stability, mixed numbers, strings.
xs = [5, 3, -1, 3.5, 0, 2]
xs.sort()
print(xs)
words = ['pear', 'Apple', 'fig', 'banana', 'kiwi', 'date']
print(sorted(words), sorted(words, key=len), sorted(words, key=str.lower, reverse=True))
records = [('b', 2), ('a', 2), ('c', 1), ('d', 1), ('e', 2)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted([(2, 'x'), (1, 'y'), (2, 'a'), (1, 'b')]))
big = [(i * 7919) % 1000 for i in range(2000)]
print(sorted(big) == sorted(big, reverse=True)[::-1], sorted(big)[:5], sorted(big)[-3:])
print(xs.sort(), sorted([]), sorted('cba'), sorted({3: 1, 1: 2}))

# Expected output (CPython 3.11):
# expect: [-1, 0, 2, 3, 3.5, 5]
# expect: ['Apple', 'banana', 'date', 'fig', 'kiwi', 'pear'] ['fig', 'pear', 'kiwi', 'date', 'Apple', 'banana'] ['pear', 'kiwi', 'fig', 'date', 'banana', 'Apple']
# expect: [('c', 1), ('d', 1), ('b', 2), ('a', 2), ('e', 2)]
# expect: [('b', 2), ('a', 2), ('e', 2), ('c', 1), ('d', 1)]
# expect: [(1, 'b'), (1, 'y'), (2, 'a'), (2, 'x')]
# expect: True [0, 0, 1, 1, 2] [998, 999, 999]
# expect: None [] ['a', 'b', 'c'] [1, 3]
