# range: repr, len, indexing, slicing, membership, index/count, equality.
r = range(0, 20, 3)
print(r, range(5), range(2, 8), range(10, 0, -2), len(r), len(range(5, 1)))
print(r[0], r[-1], r[2:5], r[::-1], r[::2], range(10)[-3:], list(range(10)[1:8:3]))
print(6 in r, 7 in r, 6.0 in r, '6' in r, r.index(9), r.count(9), r.count(10))
print(list(range(-3, 3)), list(range(3, -3, -2)), list(reversed(range(1, 10, 3))))
print(range(0) == range(5, 5), range(0, 3) == range(3), range(1, 2, 5) == range(1, 3, 7), range(2) != range(3))
print(hash(range(5)) == hash(range(0, 5, 1)), r.start, r.stop, r.step, bool(range(0)), bool(range(1)))
print(sum(range(101)), max(range(7)), list(range(2 ** 50, 2 ** 50 + 2)))

# Expected output (CPython 3.11):
# expect: range(0, 20, 3) range(0, 5) range(2, 8) range(10, 0, -2) 7 0
# expect: 0 18 range(6, 15, 3) range(18, -3, -3) range(0, 21, 6) range(7, 10) [1, 4, 7]
# expect: True False True False 3 1 0
# expect: [-3, -2, -1, 0, 1, 2] [3, 1, -1] [7, 4, 1]
# expect: True True True True
# expect: True 0 20 3 False True
# expect: 5050 6 [1125899906842624, 1125899906842625]
