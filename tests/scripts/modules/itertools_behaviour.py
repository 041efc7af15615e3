# itertools (native): laziness, shared state (groupby, tee), deep nesting, big inputs.
import itertools as it

def noisy(n):
    for i in range(n):
        print('  gen', i)
        yield i

# Lazy: nothing is read before it is needed.
z = it.islice(noisy(10), 1, 6, 2)
print('made')
print(next(z))
print(list(z))
print(list(it.takewhile(lambda x: x < 2, noisy(5))))

# groupby: an old group is empty once the groupby moved on; a group read
# partly then skipped.
g = it.groupby('aaabbbcc')
k1, g1 = next(g)
print(k1, next(g1))
k2, g2 = next(g)
print(k2, list(g1), list(g2))
print([(k, len(list(v))) for k, v in it.groupby(sorted('mississippi'))])
print([(k, ''.join(v)) for k, v in it.groupby('AbBaac', key=str.lower)])

# tee: more than one block of values, copies, independent speeds.
a, b, c = it.tee(range(200), 3)
print(sum(a), next(b), sum(b), sum(it.islice(c, 150)), next(c))
a, = it.tee(iter('xyz'), 1)
a2 = a.__copy__()
print(next(a), list(a2), list(a))
t1, t2 = it.tee(it.count())
for _ in range(1000):
    next(t1)
print(next(t1), next(t2))
x, y = it.tee(a for a in [1, 2])
x2, y2 = it.tee(x)
print(type(x2).__name__, list(x2), list(y2), list(x), list(y))

# A tee that pulls from itself.
def reenter():
    yield next(t[0])
t = it.tee(reenter(), 1)
try:
    next(t[0])
except RuntimeError as e:
    print('RuntimeError', e)

# Deep nesting of lazy iterators (the sieve): thousands of levels.
def primes():
    numbers = it.count(2)
    while True:
        p = next(numbers)
        yield p
        numbers = it.filterfalse(lambda n, p=p: n % p == 0, numbers)
print(list(it.islice(primes(), 800))[-3:])
chained = iter([1, 2, 3])
for _ in range(1000):  # (3000 nests too deep for the C++ stack of an ASan build)
    chained = it.chain(chained)
print(list(chained))

# Big inputs.
print(sum(1 for _ in it.permutations(range(8))), sum(1 for _ in it.combinations(range(20), 5)))
print(sum(1 for _ in it.product(range(10), repeat=5)))
print(list(it.permutations(range(4)))[-1], list(it.combinations('abcde', 3))[5])
print(list(it.product('ab', 'cd', repeat=2))[:3])
print(list(it.islice(it.zip_longest('ab', it.count(), range(3), fillvalue=None), 4)))
print(list(it.islice(it.cycle(it.repeat('q', 2)), 5)))
print(list(it.accumulate(range(1, 6), lambda a, b: a * b, initial=100)))
print(list(it.accumulate(['a', 'b', 'c'])))
print(list(it.pairwise(it.islice(it.count(), 5))))
print(list(it.compress(it.count(), [1, 0, 1, 1, 0, 1])))
print(list(it.chain.from_iterable(it.repeat('ab', 3))))
print(dict(it.zip_longest('abc', [1])))
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __index__(self): return self.v
    def __repr__(self): return 'Num(%d)' % self.v
c = it.count(Num(1), Num(2))
print(next(c), next(c), c)
print(list(it.repeat(0, Num(3))), list(it.islice('abcdef', Num(1), Num(5), Num(2))))
class MyChain(it.chain):
    pass
m = MyChain('ab', 'c')
print(type(m).__name__, list(m), isinstance(m, it.chain))

# Expected output (CPython 3.11):
# expect: made
# expect:   gen 0
# expect:   gen 1
# expect: 1
# expect:   gen 2
# expect:   gen 3
# expect:   gen 4
# expect:   gen 5
# expect: [3, 5]
# expect:   gen 0
# expect:   gen 1
# expect:   gen 2
# expect: [0, 1]
# expect: a a
# expect: b [] ['b', 'b', 'b']
# expect: [('i', 4), ('m', 1), ('p', 2), ('s', 4)]
# expect: [('a', 'A'), ('b', 'bB'), ('a', 'aa'), ('c', 'c')]
# expect: 19900 0 19900 11175 150
# expect: x ['x', 'y', 'z'] ['y', 'z']
# expect: 1000 0
# expect: _tee [1, 2] [1, 2] [] [1, 2]
# expect: RuntimeError cannot re-enter the tee iterator
# expect: [6121, 6131, 6133]
# expect: [1, 2, 3]
# expect: 40320 15504
# expect: 100000
# expect: (3, 2, 1, 0) ('a', 'd', 'e')
# expect: [('a', 'c', 'a', 'c'), ('a', 'c', 'a', 'd'), ('a', 'c', 'b', 'c')]
# expect: [('a', 0, 0), ('b', 1, 1), (None, 2, 2), (None, 3, None)]
# expect: ['q', 'q', 'q', 'q', 'q']
# expect: [100, 100, 200, 600, 2400, 12000]
# expect: ['a', 'ab', 'abc']
# expect: [(0, 1), (1, 2), (2, 3), (3, 4)]
# expect: [0, 2, 3, 5]
# expect: ['a', 'b', 'a', 'b', 'a', 'b']
# expect: {'a': 1, 'b': None, 'c': None}
# expect: Num(1) Num(3) count(Num(5), Num(2))
# expect: [0, 0, 0] ['b', 'd']
# expect: MyChain ['a', 'b', 'c'] True
