# Set iteration order matches CPython's hash table (ints hash to themselves).
print(set([3, 1, 2]), set([100, 5, 37, -1]), set(range(12)))
print(set([8, 16, 24, 0]), set([2 ** 40, 7, -5, 10 ** 6, 33, 9]))
print(set(i * i for i in range(30)))
s = set(range(50))
for i in range(0, 50, 3):
    s.discard(i)
s.update([100, 200, -7])
print(s)
s = set()
for x in [1, 9, 17, 25]:
    s.add(x)
s.remove(9)
s.add(33)
print(s)
s = set(range(10))
print(s.pop(), s.pop(), s)
print({'only'}, frozenset([5, 4]), set('a'))

# Expected output (CPython 3.11):
# expect: {1, 2, 3} {37, 100, 5, -1} {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}
# expect: {8, 16, 24, 0} {1099511627776, 33, 1000000, 7, 9, -5}
# expect: {0, 1, 256, 4, 9, 16, 144, 400, 529, 784, 25, 289, 36, 676, 169, 49, 441, 64, 576, 196, 324, 841, 81, 729, 225, 100, 484, 361, 625, 121}
# expect: {1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19, 20, 22, 23, 25, 26, 28, 29, 31, 32, 34, 35, 37, 38, 40, 41, 43, 44, 46, 47, 49, 200, 100, -7}
# expect: {1, 33, 17, 25}
# expect: 0 1 {2, 3, 4, 5, 6, 7, 8, 9}
# expect: {'only'} frozenset({4, 5}) {'a'}
