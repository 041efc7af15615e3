# list methods, slicing and slice assignment with steps (and the errors), sorted/min/max/enumerate/zip.
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


show("m(L(), 'append', 1)", lambda: m(L(), 'append', 1))
show("m(L(), 'extend', 'ab')", lambda: m(L(), 'extend', 'ab'))
show("m(L(), 'extend', 5)", lambda: m(L(), 'extend', 5))
show("m(L(), 'insert', 0, 9)", lambda: m(L(), 'insert', 0, 9))
show("m(L(), 'insert', 100, 9)", lambda: m(L(), 'insert', 100, 9))
show("m(L(), 'insert', -100, 9)", lambda: m(L(), 'insert', -100, 9))
show("m(L(), 'pop')", lambda: m(L(), 'pop'))
show("m(L(), 'pop', 0)", lambda: m(L(), 'pop', 0))
show("m([], 'pop')", lambda: m([], 'pop'))
show("m(L(), 'pop', 10)", lambda: m(L(), 'pop', 10))
show("m(L(), 'remove', 5)", lambda: m(L(), 'remove', 5))
show("m(L(), 'remove', 9)", lambda: m(L(), 'remove', 9))
show("m(L(), 'index', 5)", lambda: m(L(), 'index', 5))
show("m(L(), 'index', 9)", lambda: m(L(), 'index', 9))
show("m(L(), 'index', 3, 1)", lambda: m(L(), 'index', 3, 1))
show("m(L(), 'count', 1)", lambda: m(L(), 'count', 1))
show("m(L(), 'sort')", lambda: m(L(), 'sort'))
show("m(L(), 'sort', reverse=True)", lambda: m(L(), 'sort', reverse=True))
show("m(L(), 'sort', key=lambda x: -x)", lambda: m(L(), 'sort', key=lambda x: -x))
show("m(L(), 'sort', lambda x: x)", lambda: m(L(), 'sort', lambda x: x))
show("m([1, 'a'], 'sort')", lambda: m([1, 'a'], 'sort'))
show("m(L(), 'reverse')", lambda: m(L(), 'reverse'))
show("m(L(), 'copy')", lambda: m(L(), 'copy'))
show("m(L(), 'clear')", lambda: m(L(), 'clear'))
show('sa(L(), slice(1, 3), [7,8,9])', lambda: sa(L(), slice(1, 3), [7,8,9]))
show('sa(L(), slice(None, None, 2), [0,0,0])', lambda: sa(L(), slice(None, None, 2), [0,0,0]))
show('sa(L(), slice(None, None, 2), [0,0])', lambda: sa(L(), slice(None, None, 2), [0,0]))
show("sa(L(), slice(None, None, -1), 'abcde')", lambda: sa(L(), slice(None, None, -1), 'abcde'))
show("sa(L(), slice(1, 1), 'xy')", lambda: sa(L(), slice(1, 1), 'xy'))
show('sa(L(), slice(1, 3), 5)', lambda: sa(L(), slice(1, 3), 5))
show('sa(L(), slice(None, None, 0), [])', lambda: sa(L(), slice(None, None, 0), []))
show('sd(L(), slice(None, None, 2))', lambda: sd(L(), slice(None, None, 2)))
show('sd(L(), slice(1, 3))', lambda: sd(L(), slice(1, 3)))
show('sd(L(), slice(None, None, -2))', lambda: sd(L(), slice(None, None, -2)))
show('sd(L(), 10)', lambda: sd(L(), 10))
show('L()[1:4:2]', lambda: L()[1:4:2])
show('L()[::-2]', lambda: L()[::-2])
show('L()[10:]', lambda: L()[10:])
show('L()[-2:]', lambda: L()[-2:])
show('L()[1.5]', lambda: L()[1.5])
show("L()['a']", lambda: L()['a'])
show('sa(L(), 10, 1)', lambda: sa(L(), 10, 1))
show('sa(L(), slice(3, 1), [9])', lambda: sa(L(), slice(3, 1), [9]))
show('sa(L(), slice(-1, None, -3), [7, 8])', lambda: sa(L(), slice(-1, None, -3), [7, 8]))
show('L() + (1,)', lambda: L() + (1,))
show('L() * 2', lambda: L() * 2)
show('[[0]] * 2', lambda: [[0]] * 2)
show('L() == L()', lambda: L() == L())
show('L() < [3, 2]', lambda: L() < [3, 2])
show("L() < [3, 'a']", lambda: L() < [3, 'a'])
show("sorted(['b', 'A', 'c'], key=str.lower)", lambda: sorted(['b', 'A', 'c'], key=str.lower))
show("sorted([(1, 'b'), (1, 'a'), (0, 'z')], key=lambda t: t[0])", lambda: sorted([(1, 'b'), (1, 'a'), (0, 'z')], key=lambda t: t[0]))
show("sorted('cba', reverse=True)", lambda: sorted('cba', reverse=True))
show('sorted([3, 1], key=None)', lambda: sorted([3, 1], key=None))
show('sorted(5)', lambda: sorted(5))
show('min([3, 1, 2])', lambda: min([3, 1, 2]))
show('min([], default=7)', lambda: min([], default=7))
show('min([])', lambda: min([]))
show("max('abc')", lambda: max('abc'))
show('max([1, 2], key=lambda x: -x)', lambda: max([1, 2], key=lambda x: -x))
show('min(1, 2, key=lambda x: -x)', lambda: min(1, 2, key=lambda x: -x))
show('max(1)', lambda: max(1))
show('max([], key=len)', lambda: max([], key=len))
show('max(1, 2, default=3)', lambda: max(1, 2, default=3))
show("list(enumerate('ab', start=10))", lambda: list(enumerate('ab', start=10)))
show("list(zip('ab', 'xyz'))", lambda: list(zip('ab', 'xyz')))
show("list(zip('ab', 'xyz', strict=True))", lambda: list(zip('ab', 'xyz', strict=True)))
show('list(reversed(D()))', lambda: list(reversed(D())))
show('list(reversed(D().items()))', lambda: list(reversed(D().items())))
show('sorted({3, 1, 2})', lambda: sorted({3, 1, 2}))
show('tuple(L())', lambda: tuple(L()))

# expect: m(L(), 'append', 1) -> (None, [3, 1, 2, 5, 4, 1])
# expect: m(L(), 'extend', 'ab') -> (None, [3, 1, 2, 5, 4, 'a', 'b'])
# expect: m(L(), 'extend', 5) -> TypeError: 'int' object is not iterable
# expect: m(L(), 'insert', 0, 9) -> (None, [9, 3, 1, 2, 5, 4])
# expect: m(L(), 'insert', 100, 9) -> (None, [3, 1, 2, 5, 4, 9])
# expect: m(L(), 'insert', -100, 9) -> (None, [9, 3, 1, 2, 5, 4])
# expect: m(L(), 'pop') -> (4, [3, 1, 2, 5])
# expect: m(L(), 'pop', 0) -> (3, [1, 2, 5, 4])
# expect: m([], 'pop') -> IndexError: pop from empty list
# expect: m(L(), 'pop', 10) -> IndexError: pop index out of range
# expect: m(L(), 'remove', 5) -> (None, [3, 1, 2, 4])
# expect: m(L(), 'remove', 9) -> ValueError: list.remove(x): x not in list
# expect: m(L(), 'index', 5) -> (3, [3, 1, 2, 5, 4])
# expect: m(L(), 'index', 9) -> ValueError: 9 is not in list
# expect: m(L(), 'index', 3, 1) -> ValueError: 3 is not in list
# expect: m(L(), 'count', 1) -> (1, [3, 1, 2, 5, 4])
# expect: m(L(), 'sort') -> (None, [1, 2, 3, 4, 5])
# expect: m(L(), 'sort', reverse=True) -> (None, [5, 4, 3, 2, 1])
# expect: m(L(), 'sort', key=lambda x: -x) -> (None, [5, 4, 3, 2, 1])
# expect: m(L(), 'sort', lambda x: x) -> TypeError: sort() takes no positional arguments
# expect: m([1, 'a'], 'sort') -> TypeError: '<' not supported between instances of 'str' and 'int'
# expect: m(L(), 'reverse') -> (None, [4, 5, 2, 1, 3])
# expect: m(L(), 'copy') -> ([3, 1, 2, 5, 4], [3, 1, 2, 5, 4])
# expect: m(L(), 'clear') -> (None, [])
# expect: sa(L(), slice(1, 3), [7,8,9]) -> [3, 7, 8, 9, 5, 4]
# expect: sa(L(), slice(None, None, 2), [0,0,0]) -> [0, 1, 0, 5, 0]
# expect: sa(L(), slice(None, None, 2), [0,0]) -> ValueError: attempt to assign sequence of size 2 to extended slice of size 3
# expect: sa(L(), slice(None, None, -1), 'abcde') -> ['e', 'd', 'c', 'b', 'a']
# expect: sa(L(), slice(1, 1), 'xy') -> [3, 'x', 'y', 1, 2, 5, 4]
# expect: sa(L(), slice(1, 3), 5) -> TypeError: can only assign an iterable
# expect: sa(L(), slice(None, None, 0), []) -> ValueError: slice step cannot be zero
# expect: sd(L(), slice(None, None, 2)) -> [1, 5]
# expect: sd(L(), slice(1, 3)) -> [3, 5, 4]
# expect: sd(L(), slice(None, None, -2)) -> [1, 5]
# expect: sd(L(), 10) -> IndexError: list assignment index out of range
# expect: L()[1:4:2] -> [1, 5]
# expect: L()[::-2] -> [4, 2, 3]
# expect: L()[10:] -> []
# expect: L()[-2:] -> [5, 4]
# expect: L()[1.5] -> TypeError: list indices must be integers or slices, not float
# expect: L()['a'] -> TypeError: list indices must be integers or slices, not str
# expect: sa(L(), 10, 1) -> IndexError: list assignment index out of range
# expect: sa(L(), slice(3, 1), [9]) -> [3, 1, 2, 9, 5, 4]
# expect: sa(L(), slice(-1, None, -3), [7, 8]) -> [3, 8, 2, 5, 7]
# expect: L() + (1,) -> TypeError: can only concatenate list (not "tuple") to list
# expect: L() * 2 -> [3, 1, 2, 5, 4, 3, 1, 2, 5, 4]
# expect: [[0]] * 2 -> [[0], [0]]
# expect: L() == L() -> True
# expect: L() < [3, 2] -> True
# expect: L() < [3, 'a'] -> TypeError: '<' not supported between instances of 'int' and 'str'
# expect: sorted(['b', 'A', 'c'], key=str.lower) -> ['A', 'b', 'c']
# expect: sorted([(1, 'b'), (1, 'a'), (0, 'z')], key=lambda t: t[0]) -> [(0, 'z'), (1, 'b'), (1, 'a')]
# expect: sorted('cba', reverse=True) -> ['c', 'b', 'a']
# expect: sorted([3, 1], key=None) -> [1, 3]
# expect: sorted(5) -> TypeError: 'int' object is not iterable
# expect: min([3, 1, 2]) -> 1
# expect: min([], default=7) -> 7
# expect: min([]) -> ValueError: min() arg is an empty sequence
# expect: max('abc') -> 'c'
# expect: max([1, 2], key=lambda x: -x) -> 1
# expect: min(1, 2, key=lambda x: -x) -> 2
# expect: max(1) -> TypeError: 'int' object is not iterable
# expect: max([], key=len) -> ValueError: max() arg is an empty sequence
# expect: max(1, 2, default=3) -> TypeError: Cannot specify a default for max() with multiple positional arguments
# expect: list(enumerate('ab', start=10)) -> [(10, 'a'), (11, 'b')]
# expect: list(zip('ab', 'xyz')) -> [('a', 'x'), ('b', 'y')]
# expect: list(zip('ab', 'xyz', strict=True)) -> ValueError: zip() argument 2 is longer than argument 1
# expect: list(reversed(D())) -> ['b', 'a']
# expect: list(reversed(D().items())) -> [('b', 2), ('a', 1)]
# expect: sorted({3, 1, 2}) -> [1, 2, 3]
# expect: tuple(L()) -> (3, 1, 2, 5, 4)
