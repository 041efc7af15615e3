# The built-in iterators have CPython's type names and are their own iterators.
d = {'a': 1}
things = [iter([]), iter(()), iter(''), iter('é'), iter(range(3)), iter(d), iter(d.values()),
          iter(d.items()), reversed(d), iter(set()), reversed([]), reversed(()), reversed(range(2)),
          enumerate([]), zip(), map(len, []), filter(None, []), iter(len, 1), d.keys(), d.values(), d.items()]
print([type(x).__name__ for x in things])
it = iter([1, 2])
print(iter(it) is it, next(it), it.__next__(), next(it, 'done'))
print(isinstance(map(str, []), map), isinstance(zip(), zip), type(reversed('ab')) is reversed)

# Expected output (CPython 3.11):
# expect: ['list_iterator', 'tuple_iterator', 'str_ascii_iterator', 'str_iterator', 'range_iterator', 'dict_keyiterator', 'dict_valueiterator', 'dict_itemiterator', 'dict_reversekeyiterator', 'set_iterator', 'list_reverseiterator', 'reversed', 'range_iterator', 'enumerate', 'zip', 'map', 'filter', 'callable_iterator', 'dict_keys', 'dict_values', 'dict_items']
# expect: True 1 2 done
# expect: True True True
