# The itertools module (native, stdlib/itertools_module.cpp): output checked against CPython.
import itertools
from itertools import *

print(list(islice(count(), 5)), list(islice(count(10, 2), 3)), list(islice(count(1.5), 2)))
c = count(3); next(c); print(c, count(1, 2), count(2.0), repeat('a'), repeat(1, 3))
print(list(repeat('x', 3)), list(repeat(1, -2)))
print(list(islice(cycle('abc'), 7)), list(cycle([])))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b)),
      list(accumulate([], initial=5)), list(accumulate([1, 2], initial=10)))
print(list(chain('ab', [1, 2], ())), list(chain.from_iterable(['xy', 'z'])))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a'])))
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
print([(k, list(g)) for k, g in groupby([1, 2, 4, 5, 7], key=lambda x: x // 3)])
groups = list(groupby('aabb'))
print([(k, list(g)) for k, g in groups])
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)),
      list(islice('ABCDEFG', 0, None, 2)), list(islice('ABCDEFG', 1, 6, 3)), list(islice('ABC', 5, 2)))
it = iter(range(10)); print(list(islice(it, 0, 5, 3)), next(it))
it = iter(range(10)); print(list(islice(it, 5, 2)), next(it))
it = iter(range(10)); print(list(islice(it, 3)), next(it))
for bad in [(-1,), (1, -2), (0, 5, 0), ('a',)]:
    try:
        islice([], *bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    islice([])
except TypeError as e:
    print(e)
print(list(pairwise('ABCDE')), list(pairwise('A')))
print(list(starmap(pow, [(2, 5), (3, 2)])))
a, b = tee(iter([1, 2, 3]))
print(next(a), next(a), list(b), list(a))
print(tee([1], 0), len(tee('ab', 3)))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest()), list(zip_longest([1], [])))
print(list(product('AB', repeat=2)), list(product('ab', range(2))), list(product()))
print(list(permutations('ABC', 2)), len(list(permutations(range(4)))), list(permutations('AB', 3)))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('A', 2)))
print(list(combinations_with_replacement('ABC', 2)), list(combinations_with_replacement('', 0)))
print(sum(1 for _ in itertools.permutations(range(6))))
def gen():
    yield 1
    yield 2
print(list(itertools.chain(gen(), gen())))
print(dict(zip(itertools.count(1), 'abc')))

# Expected output (CPython 3.11):
# expect: [0, 1, 2, 3, 4] [10, 12, 14] [1.5, 2.5]
# expect: count(4) count(1, 2) count(2.0) repeat('a') repeat(1, 3)
# expect: ['x', 'x', 'x'] []
# expect: ['a', 'b', 'c', 'a', 'b', 'c', 'a'] []
# expect: [1, 3, 6, 10] [1, 2, 6] [5] [10, 11, 13]
# expect: ['a', 'b', 1, 2] ['x', 'y', 'z']
# expect: ['A', 'C', 'E', 'F']
# expect: [6, 4, 1] [1, 4]
# expect: [0, 2, 4, 6, 8] [0, '']
# expect: [('A', ['A', 'A', 'A', 'A']), ('B', ['B', 'B', 'B']), ('C', ['C', 'C']), ('D', ['D']), ('A', ['A', 'A']), ('B', ['B', 'B', 'B'])]
# expect: ['A', 'B', 'C', 'D']
# expect: [(0, [1, 2]), (1, [4, 5]), (2, [7])]
# expect: [('a', []), ('b', [])]
# expect: ['A', 'B'] ['C', 'D'] ['C', 'D', 'E', 'F', 'G'] ['A', 'C', 'E', 'G'] ['B', 'E'] []
# expect: [0, 3] 5
# expect: [] 5
# expect: [0, 1, 2] 3
# expect: ValueError Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: ValueError Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: ValueError Step for islice() must be a positive integer or None.
# expect: ValueError Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: islice expected at least 2 arguments, got 1
# expect: [('A', 'B'), ('B', 'C'), ('C', 'D'), ('D', 'E')] []
# expect: [32, 9]
# expect: 1 2 [1, 2, 3] [3]
# expect: () 3
# expect: [('A', 'x'), ('B', 'y'), ('C', '-'), ('D', '-')] [] [(1, None)]
# expect: [('A', 'A'), ('A', 'B'), ('B', 'A'), ('B', 'B')] [('a', 0), ('a', 1), ('b', 0), ('b', 1)] [()]
# expect: [('A', 'B'), ('A', 'C'), ('B', 'A'), ('B', 'C'), ('C', 'A'), ('C', 'B')] 24 []
# expect: [('A', 'B'), ('A', 'C'), ('A', 'D'), ('B', 'C'), ('B', 'D'), ('C', 'D')] [(0, 1, 2), (0, 1, 3), (0, 2, 3), (1, 2, 3)] []
# expect: [('A', 'A'), ('A', 'B'), ('A', 'C'), ('B', 'B'), ('B', 'C'), ('C', 'C')] [()]
# expect: 720
# expect: [1, 2, 1, 2]
# expect: {1: 'a', 2: 'b', 3: 'c'}
