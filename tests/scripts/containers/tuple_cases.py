# tuple methods, concatenation, comparison, hashing.
from show import show  # tests/scripts/shared/show.py


def L(): return [3, 1, 2, 5, 4]
def D(): return {'a': 1, 'b': 2}
def S(): return {1, 2, 3}
fs = frozenset([2, 3, 4])


def sa(l, sl, v):
    l[sl] = v
    return l


def sd(l, sl):
    del l[sl]
    return l


def m(o, name, *a, **k):
    r = getattr(o, name)(*a, **k)
    return (r, o)


show('(1, 2).index(2)', lambda: (1, 2).index(2))
show('(1, 2).count(1)', lambda: (1, 2).count(1))
show('(1,) + [2]', lambda: (1,) + [2])
show('(1, 2)[5]', lambda: (1, 2)[5])
show('(1, 2)[::-1]', lambda: (1, 2)[::-1])
show('hash((1, 2)) == hash((1, 2))', lambda: hash((1, 2)) == hash((1, 2)))
show('hash(([],))', lambda: hash(([],)))
show('(1, 2) < (1, 3)', lambda: (1, 2) < (1, 3))
show('(1,) * 3', lambda: (1,) * 3)
show('tuple()', lambda: tuple())
show('()[0]', lambda: ()[0])

# expect: (1, 2).index(2) -> 1
# expect: (1, 2).count(1) -> 1
# expect: (1,) + [2] -> TypeError: can only concatenate tuple (not "list") to tuple
# expect: (1, 2)[5] -> IndexError: tuple index out of range
# expect: (1, 2)[::-1] -> (2, 1)
# expect: hash((1, 2)) == hash((1, 2)) -> True
# expect: hash(([],)) -> TypeError: unhashable type: 'list'
# expect: (1, 2) < (1, 3) -> True
# expect: (1,) * 3 -> (1, 1, 1)
# expect: tuple() -> ()
# expect: ()[0] -> IndexError: tuple index out of range
