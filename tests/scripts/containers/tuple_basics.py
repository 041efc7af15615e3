# tuple: repr, indexing, slicing, count/index, concatenation, constructor.
t = (1, 'two', 3.0, None, (5,))
print(t, t[1], t[-1], t[1:3], t[::-2], len(t))
print((), (1,), tuple(), tuple([1, 2]), tuple('ab'), tuple(range(3)), tuple({'k': 1}))
print(t.count(1), t.index(3.0), (1, 2, 1).count(1), (1, 2, 3, 2).index(2, 2))
print(1 in t, 'x' in t, (5,) in t)
u = t
u += (6,)
print(u, t, u is t)
a, *rest = t
print(a, rest)
print(tuple(x * 2 for x in range(4)))

# Expected output (CPython 3.11):
# expect: (1, 'two', 3.0, None, (5,)) two (5,) ('two', 3.0) ((5,), 3.0, 1) 5
# expect: () (1,) () (1, 2) ('a', 'b') (0, 1, 2) ('k',)
# expect: 1 2 2 3
# expect: True False True
# expect: (1, 'two', 3.0, None, (5,), 6) (1, 'two', 3.0, None, (5,)) False
# expect: 1 ['two', 3.0, None, (5,)]
# expect: (0, 2, 4, 6)
