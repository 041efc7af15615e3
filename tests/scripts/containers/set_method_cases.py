# set/frozenset operators and methods, result types, errors.
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


show('S() | {4}', lambda: S() | {4})
show('S() & {2, 9}', lambda: S() & {2, 9})
show('S() - {1}', lambda: S() - {1})
show('S() ^ {1, 9}', lambda: S() ^ {1, 9})
show('S() <= {1, 2, 3, 4}', lambda: S() <= {1, 2, 3, 4})
show('S() < S()', lambda: S() < S())
show('S() >= {1}', lambda: S() >= {1})
show('S() > S()', lambda: S() > S())
show('S() | [1]', lambda: S() | [1])
show('S() == frozenset(S())', lambda: S() == frozenset(S()))
show('fs | S()', lambda: fs | S())
show('S() | fs', lambda: S() | fs)
show("m(S(), 'add', 4)", lambda: m(S(), 'add', 4))
show("m(S(), 'remove', 1)", lambda: m(S(), 'remove', 1))
show("m(S(), 'remove', 9)", lambda: m(S(), 'remove', 9))
show("m(S(), 'discard', 9)", lambda: m(S(), 'discard', 9))
show("m(S(), 'pop')", lambda: m(S(), 'pop'))
show("m(set(), 'pop')", lambda: m(set(), 'pop'))
show("m(S(), 'union', [5], (6,))", lambda: m(S(), 'union', [5], (6,)))
show("m(S(), 'intersection', [1, 2], {2})", lambda: m(S(), 'intersection', [1, 2], {2}))
show("m(S(), 'difference', [1])", lambda: m(S(), 'difference', [1]))
show("m(S(), 'symmetric_difference', [1, 7])", lambda: m(S(), 'symmetric_difference', [1, 7]))
show("m(S(), 'issubset', [1, 2, 3])", lambda: m(S(), 'issubset', [1, 2, 3]))
show("m(S(), 'issuperset', [1])", lambda: m(S(), 'issuperset', [1]))
show("m(S(), 'isdisjoint', [7])", lambda: m(S(), 'isdisjoint', [7]))
show("m(S(), 'update', [9], [10])", lambda: m(S(), 'update', [9], [10]))
show("m(S(), 'intersection_update', [1])", lambda: m(S(), 'intersection_update', [1]))
show("m(S(), 'difference_update', [1])", lambda: m(S(), 'difference_update', [1]))
show("m(S(), 'symmetric_difference_update', [1, 5])", lambda: m(S(), 'symmetric_difference_update', [1, 5]))
show("m(S(), 'copy')", lambda: m(S(), 'copy'))
show("m(S(), 'clear')", lambda: m(S(), 'clear'))
show('fs.union([1])', lambda: fs.union([1]))
show('fs.add(1)', lambda: fs.add(1))
show('hash(fs) == hash(frozenset([4, 3, 2]))', lambda: hash(fs) == hash(frozenset([4, 3, 2])))
show('frozenset()', lambda: frozenset())
show('set()', lambda: set())
show('{frozenset([1])}', lambda: {frozenset([1])})
show('{S()}', lambda: {S()})
show('S() - fs', lambda: S() - fs)
show('fs - S()', lambda: fs - S())
show('repr(frozenset({1}))', lambda: repr(frozenset({1})))
show('type(fs | {1}).__name__', lambda: type(fs | {1}).__name__)
show('type({1} | fs).__name__', lambda: type({1} | fs).__name__)
show('{1, 2} == [1, 2]', lambda: {1, 2} == [1, 2])
show('S() < [1]', lambda: S() < [1])
show('len(S())', lambda: len(S()))
show('{1,2}.union()', lambda: {1,2}.union())

# expect: S() | {4} -> {1, 2, 3, 4}
# expect: S() & {2, 9} -> {2}
# expect: S() - {1} -> {2, 3}
# expect: S() ^ {1, 9} -> {2, 3, 9}
# expect: S() <= {1, 2, 3, 4} -> True
# expect: S() < S() -> False
# expect: S() >= {1} -> True
# expect: S() > S() -> False
# expect: S() | [1] -> TypeError: unsupported operand type(s) for |: 'set' and 'list'
# expect: S() == frozenset(S()) -> True
# expect: fs | S() -> frozenset({1, 2, 3, 4})
# expect: S() | fs -> {1, 2, 3, 4}
# expect: m(S(), 'add', 4) -> (None, {1, 2, 3, 4})
# expect: m(S(), 'remove', 1) -> (None, {2, 3})
# expect: m(S(), 'remove', 9) -> KeyError: 9
# expect: m(S(), 'discard', 9) -> (None, {1, 2, 3})
# expect: m(S(), 'pop') -> (1, {2, 3})
# expect: m(set(), 'pop') -> KeyError: 'pop from an empty set'
# expect: m(S(), 'union', [5], (6,)) -> ({1, 2, 3, 5, 6}, {1, 2, 3})
# expect: m(S(), 'intersection', [1, 2], {2}) -> ({2}, {1, 2, 3})
# expect: m(S(), 'difference', [1]) -> ({2, 3}, {1, 2, 3})
# expect: m(S(), 'symmetric_difference', [1, 7]) -> ({2, 3, 7}, {1, 2, 3})
# expect: m(S(), 'issubset', [1, 2, 3]) -> (True, {1, 2, 3})
# expect: m(S(), 'issuperset', [1]) -> (True, {1, 2, 3})
# expect: m(S(), 'isdisjoint', [7]) -> (True, {1, 2, 3})
# expect: m(S(), 'update', [9], [10]) -> (None, {1, 2, 3, 9, 10})
# expect: m(S(), 'intersection_update', [1]) -> (None, {1})
# expect: m(S(), 'difference_update', [1]) -> (None, {2, 3})
# expect: m(S(), 'symmetric_difference_update', [1, 5]) -> (None, {2, 3, 5})
# expect: m(S(), 'copy') -> ({1, 2, 3}, {1, 2, 3})
# expect: m(S(), 'clear') -> (None, set())
# expect: fs.union([1]) -> frozenset({1, 2, 3, 4})
# expect: fs.add(1) -> AttributeError: 'frozenset' object has no attribute 'add'
# expect: hash(fs) == hash(frozenset([4, 3, 2])) -> True
# expect: frozenset() -> frozenset()
# expect: set() -> set()
# expect: {frozenset([1])} -> {frozenset({1})}
# expect: {S()} -> TypeError: unhashable type: 'set'
# expect: S() - fs -> {1}
# expect: fs - S() -> frozenset({4})
# expect: repr(frozenset({1})) -> 'frozenset({1})'
# expect: type(fs | {1}).__name__ -> 'frozenset'
# expect: type({1} | fs).__name__ -> 'set'
# expect: {1, 2} == [1, 2] -> False
# expect: S() < [1] -> TypeError: '<' not supported between instances of 'set' and 'list'
# expect: len(S()) -> 3
# expect: {1,2}.union() -> {1, 2}
