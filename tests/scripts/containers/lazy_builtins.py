# enumerate, zip, map, filter: laziness and results.
print(list(enumerate('abc')), list(enumerate('ab', start=10)), list(enumerate([], 5)))
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip(range(3))), list(zip('ab', 'cd', 'ef')))
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2])), list(map(str, range(3))))
print(list(filter(None, [0, 1, '', 'x', None, [], [0]])), list(filter(lambda x: x % 2, range(7))))
calls = []
def noisy(x):
    calls.append(x)
    return x * 2
m = map(noisy, [1, 2, 3])
print(calls, next(m), calls, list(m), calls)
e = enumerate(iter('xyz'))
print(next(e), list(e), list(e))
print(dict(enumerate('ab')), list(zip(*[(1, 'a'), (2, 'b')])))

# Expected output (CPython 3.11):
# expect: [(0, 'a'), (1, 'b'), (2, 'c')] [(10, 'a'), (11, 'b')] []
# expect: [(1, 'a'), (2, 'b')] [] [(0,), (1,), (2,)] [('a', 'c', 'e'), ('b', 'd', 'f')]
# expect: [1, 2, 3] [8, 9] ['0', '1', '2']
# expect: [1, 'x', [0]] [1, 3, 5]
# expect: [1, 2, 3] 2 [1, 2, 3] [4, 6] [1, 2, 3]
# expect: (0, 'x') [(1, 'y'), (2, 'z')] []
# expect: {0: 'a', 1: 'b'} [(1, 2), ('a', 'b')]
