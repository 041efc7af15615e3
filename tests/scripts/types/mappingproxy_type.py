# types.MappingProxyType over any mapping: a live read-only view.
import types
from collections.abc import Mapping, MutableMapping

src = {'a': 1, 'b': 2}
m = types.MappingProxyType(src)
print(m, str(m), len(m), list(m), list(reversed(m)))
src['c'] = 3
print(m['c'], m.keys(), m.values(), m.items())
print(m | {'d': 4}, {'z': 0} | m, type(m | {}))
try:
    m |= {'e': 5}
except TypeError as e:
    print(e)
print(m == {'a': 1, 'b': 2, 'c': 3}, m.get('a'), m.get('q', 'dflt'))
print(isinstance(m, Mapping), isinstance(m, MutableMapping), type(m).__name__)
print(types.MappingProxyType(mapping={'k': 'v'}))
for bad in ([1], (1,), 5, None):
    try:
        types.MappingProxyType(bad)
    except TypeError as e:
        print(e)
try:
    del m[0]
except TypeError as e:
    print(e)
try:
    m['a'] = 0
except TypeError as e:
    print(e)
try:
    types.MappingProxyType()
except TypeError as e:
    print(e)
# Deletion messages of other types follow CPython's PyObject_DelItem.
for obj, key in [(5, 0), ("abc", 0), ("abc", 'x'), ((1,), 0), (None, 'a')]:
    try:
        del obj[key]
    except TypeError as e:
        print(e)

# expect: {'a': 1, 'b': 2} {'a': 1, 'b': 2} 2 ['a', 'b'] ['b', 'a']
# expect: 3 dict_keys(['a', 'b', 'c']) dict_values([1, 2, 3]) dict_items([('a', 1), ('b', 2), ('c', 3)])
# expect: {'a': 1, 'b': 2, 'c': 3, 'd': 4} {'z': 0, 'a': 1, 'b': 2, 'c': 3} <class 'dict'>
# expect: '|=' is not supported by mappingproxy; use '|' instead
# expect: True 1 dflt
# expect: True False mappingproxy
# expect: {'k': 'v'}
# expect: mappingproxy() argument must be a mapping, not list
# expect: mappingproxy() argument must be a mapping, not tuple
# expect: mappingproxy() argument must be a mapping, not int
# expect: mappingproxy() argument must be a mapping, not NoneType
# expect: 'mappingproxy' object doesn't support item deletion
# expect: 'mappingproxy' object does not support item assignment
# expect: mappingproxy() missing required argument 'mapping' (pos 1)
# expect: 'int' object does not support item deletion
# expect: 'str' object doesn't support item deletion
# expect: 'str' object does not support item deletion
# expect: 'tuple' object doesn't support item deletion
# expect: 'NoneType' object does not support item deletion
