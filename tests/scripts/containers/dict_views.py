# Dict views: live, sized, iterable, set-like for keys and items.
d = {'a': 1, 'b': 2}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
d['c'] = 3
print(len(k), list(v), ('c', 3) in i, ('c', 4) in i, 'a' in k, 3 in v)
print(k & {'a', 'z'}, sorted(k | {'z'}), sorted(k - {'a'}), sorted(k ^ {'a', 'q'}))
print(sorted(['a', 'x'] - k), i & {('a', 1), ('b', 0)})
print(k == {'a', 'b', 'c'}, k <= {'a', 'b', 'c', 'd'}, k < {'a'}, i >= {('a', 1)})
print(k.isdisjoint(['x']), k.isdisjoint('a'))
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
print({}.keys(), {}.items())
try:
    hash(k)
except TypeError as e:
    print('TypeError:', e)

# Expected output (CPython 3.11):
# expect: dict_keys(['a', 'b']) dict_values([1, 2]) dict_items([('a', 1), ('b', 2)])
# expect: 3 [1, 2, 3] True False True True
# expect: {'a'} ['a', 'b', 'c', 'z'] ['b', 'c'] ['b', 'c', 'q']
# expect: ['x'] {('a', 1)}
# expect: True True False True
# expect: True False
# expect: ['c', 'b', 'a'] [3, 2, 1] [('c', 3), ('b', 2), ('a', 1)]
# expect: dict_keys([]) dict_items([])
# expect: TypeError: unhashable type: 'dict_keys'
