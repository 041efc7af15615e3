# types.MappingProxyType: a read-only view that follows its mapping, with
# mappingproxy's repr/str, operators and errors; a collections.abc.Mapping.
import collections.abc
import types

settings = {'mode': 'fast'}
view = types.MappingProxyType(settings)
settings['level'] = 3
print(view, repr(view), len(view), 'level' in view, view['mode'], view.get('x', 0))
print(list(view.keys()), list(view.values()), list(reversed(view)), view.copy() == settings)
print(view | {'extra': 1}, {'first': 0} | view, view == settings)
print(type(view).__name__, isinstance(view, collections.abc.Mapping))


def assign():
    view['mode'] = 'slow'


for attempt in (assign, lambda: hash(view), lambda: types.MappingProxyType(['a'])):
    try:
        attempt()
    except TypeError as e:
        print(e)

import pprint
pprint.pprint(types.MappingProxyType({'key%d' % n: 'value' * 4 for n in range(4)}))

# expect: {'mode': 'fast', 'level': 3} mappingproxy({'mode': 'fast', 'level': 3}) 2 True fast 0
# expect: ['mode', 'level'] ['fast', 3] ['level', 'mode'] True
# expect: {'mode': 'fast', 'level': 3, 'extra': 1} {'first': 0, 'mode': 'fast', 'level': 3} True
# expect: mappingproxy True
# expect: 'mappingproxy' object does not support item assignment
# expect: unhashable type: 'mappingproxy'
# expect: mappingproxy() argument must be a mapping, not list
# expect: mappingproxy({'key0': 'valuevaluevaluevalue',
# expect:               'key1': 'valuevaluevaluevalue',
# expect:               'key2': 'valuevaluevaluevalue',
# expect:               'key3': 'valuevaluevaluevalue'})
