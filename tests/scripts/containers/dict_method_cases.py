# dict methods, views and their set operations, | merge, comprehension, fromkeys, errors.
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


show("m(D(), 'get', 'a')", lambda: m(D(), 'get', 'a'))
show("m(D(), 'get', 'z')", lambda: m(D(), 'get', 'z'))
show("m(D(), 'get', 'z', 0)", lambda: m(D(), 'get', 'z', 0))
show("m(D(), 'setdefault', 'z', 5)", lambda: m(D(), 'setdefault', 'z', 5))
show("m(D(), 'setdefault', 'a', 5)", lambda: m(D(), 'setdefault', 'a', 5))
show("m(D(), 'pop', 'a')", lambda: m(D(), 'pop', 'a'))
show("m(D(), 'pop', 'z')", lambda: m(D(), 'pop', 'z'))
show("m(D(), 'pop', 'z', None)", lambda: m(D(), 'pop', 'z', None))
show("m(D(), 'popitem')", lambda: m(D(), 'popitem'))
show("m({}, 'popitem')", lambda: m({}, 'popitem'))
show("m(D(), 'update', {'c': 3})", lambda: m(D(), 'update', {'c': 3}))
show("m(D(), 'update', [('c', 3)], d=4)", lambda: m(D(), 'update', [('c', 3)], d=4))
show("m(D(), 'update', 5)", lambda: m(D(), 'update', 5))
show("m(D(), 'update', [1])", lambda: m(D(), 'update', [1]))
show('D().keys()', lambda: D().keys())
show('D().values()', lambda: D().values())
show('D().items()', lambda: D().items())
show("D().keys() & {'a'}", lambda: D().keys() & {'a'})
show("D().keys() - {'a'}", lambda: D().keys() - {'a'})
show("D() | {'c': 3}", lambda: D() | {'c': 3})
show("D() | {'a': 9}", lambda: D() | {'a': 9})
show('D() | 1', lambda: D() | 1)
show("{k: v for k, v in zip('ab', range(2))}", lambda: {k: v for k, v in zip('ab', range(2))})
show("'a' in D()", lambda: 'a' in D())
show('1 in D().values()', lambda: 1 in D().values())
show("('a', 1) in D().items()", lambda: ('a', 1) in D().items())
show("D() == {'b': 2, 'a': 1}", lambda: D() == {'b': 2, 'a': 1})
show("dict.fromkeys('ab', 0)", lambda: dict.fromkeys('ab', 0))
show("D()['z']", lambda: D()['z'])
show('len(D().keys())', lambda: len(D().keys()))
show("D().keys() == {'a', 'b'}", lambda: D().keys() == {'a', 'b'})
show("m(D(), 'copy')", lambda: m(D(), 'copy'))
show("m(D(), 'clear')", lambda: m(D(), 'clear'))
show("dict([('a', 1)], b=2)", lambda: dict([('a', 1)], b=2))
show('dict(a=1)', lambda: dict(a=1))
show('dict([1])', lambda: dict([1]))
show('dict([[1,2,3]])', lambda: dict([[1,2,3]]))
show('{[1]: 2}', lambda: {[1]: 2})
show('{}.get([1])', lambda: {}.get([1]))
show('D().keys()[0]', lambda: D().keys()[0])
show("{1: 'a', True: 'b', 1.0: 'c'}", lambda: {1: 'a', True: 'b', 1.0: 'c'})

# expect: m(D(), 'get', 'a') -> (1, {'a': 1, 'b': 2})
# expect: m(D(), 'get', 'z') -> (None, {'a': 1, 'b': 2})
# expect: m(D(), 'get', 'z', 0) -> (0, {'a': 1, 'b': 2})
# expect: m(D(), 'setdefault', 'z', 5) -> (5, {'a': 1, 'b': 2, 'z': 5})
# expect: m(D(), 'setdefault', 'a', 5) -> (1, {'a': 1, 'b': 2})
# expect: m(D(), 'pop', 'a') -> (1, {'b': 2})
# expect: m(D(), 'pop', 'z') -> KeyError: 'z'
# expect: m(D(), 'pop', 'z', None) -> (None, {'a': 1, 'b': 2})
# expect: m(D(), 'popitem') -> (('b', 2), {'a': 1})
# expect: m({}, 'popitem') -> KeyError: 'popitem(): dictionary is empty'
# expect: m(D(), 'update', {'c': 3}) -> (None, {'a': 1, 'b': 2, 'c': 3})
# expect: m(D(), 'update', [('c', 3)], d=4) -> (None, {'a': 1, 'b': 2, 'c': 3, 'd': 4})
# expect: m(D(), 'update', 5) -> TypeError: 'int' object is not iterable
# expect: m(D(), 'update', [1]) -> TypeError: cannot convert dictionary update sequence element #0 to a sequence
# expect: D().keys() -> dict_keys(['a', 'b'])
# expect: D().values() -> dict_values([1, 2])
# expect: D().items() -> dict_items([('a', 1), ('b', 2)])
# expect: D().keys() & {'a'} -> {'a'}
# expect: D().keys() - {'a'} -> {'b'}
# expect: D() | {'c': 3} -> {'a': 1, 'b': 2, 'c': 3}
# expect: D() | {'a': 9} -> {'a': 9, 'b': 2}
# expect: D() | 1 -> TypeError: unsupported operand type(s) for |: 'dict' and 'int'
# expect: {k: v for k, v in zip('ab', range(2))} -> {'a': 0, 'b': 1}
# expect: 'a' in D() -> True
# expect: 1 in D().values() -> True
# expect: ('a', 1) in D().items() -> True
# expect: D() == {'b': 2, 'a': 1} -> True
# expect: dict.fromkeys('ab', 0) -> {'a': 0, 'b': 0}
# expect: D()['z'] -> KeyError: 'z'
# expect: len(D().keys()) -> 2
# expect: D().keys() == {'a', 'b'} -> True
# expect: m(D(), 'copy') -> ({'a': 1, 'b': 2}, {'a': 1, 'b': 2})
# expect: m(D(), 'clear') -> (None, {})
# expect: dict([('a', 1)], b=2) -> {'a': 1, 'b': 2}
# expect: dict(a=1) -> {'a': 1}
# expect: dict([1]) -> TypeError: cannot convert dictionary update sequence element #0 to a sequence
# expect: dict([[1,2,3]]) -> ValueError: dictionary update sequence element #0 has length 3; 2 is required
# expect: {[1]: 2} -> TypeError: unhashable type: 'list'
# expect: {}.get([1]) -> TypeError: unhashable type: 'list'
# expect: D().keys()[0] -> TypeError: 'dict_keys' object is not subscriptable
# expect: {1: 'a', True: 'b', 1.0: 'c'} -> {1: 'c'}
