t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[1:], t + (4,), t * 2)
print((), (1,), tuple("ab"), tuple([1, 2]), 2 in t, t.index(3), t.count(1))
print((1, 2) < (1, 3), (1, 2, 3) > (1, 2), max((3, 'a'), (3, 'b')))
a, b, c = t
print(a + b + c, hash((1, 2)) == hash((1, 2)))
try:
    t[0] = 5
except TypeError as e:
    print(e)
print(type(()).__name__, tuple(), (1, [2]), ((1, 2),))

# expect: (1, 2, 3) 3 1 3 (2, 3) (1, 2, 3, 4) (1, 2, 3, 1, 2, 3)
# expect: () (1,) ('a', 'b') (1, 2) True 2 1
# expect: True True (3, 'b')
# expect: 6 True
# expect: 'tuple' object does not support item assignment
# expect: tuple () (1, [2]) ((1, 2),)
