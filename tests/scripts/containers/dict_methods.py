# dict methods: get, setdefault, pop, popitem, update, copy, clear, fromkeys.
d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0))
print(d.setdefault('c', 3), d.setdefault('a', 100), d)
print(d.pop('b'), d.pop('zz', 'dflt'), d)
d.update({'x': 1}, y=2)
d.update([('z', 3)])
d.update(w=4)
print(d)
print(d.popitem(), d.popitem(), d)
e = d.copy()
e['new'] = 0
print(d, e)
e.clear()
print(e, len(e))
print(dict.fromkeys('ab'), dict.fromkeys([1, 2], 0), {}.fromkeys(range(2), 'v'))
print(len(d), 'a' in d, 'q' not in d, list(d), list(reversed(d)))

# Expected output (CPython 3.11):
# expect: 1 None 0
# expect: 3 1 {'a': 1, 'b': 2, 'c': 3}
# expect: 2 dflt {'a': 1, 'c': 3}
# expect: {'a': 1, 'c': 3, 'x': 1, 'y': 2, 'z': 3, 'w': 4}
# expect: ('w', 4) ('z', 3) {'a': 1, 'c': 3, 'x': 1, 'y': 2}
# expect: {'a': 1, 'c': 3, 'x': 1, 'y': 2} {'a': 1, 'c': 3, 'x': 1, 'y': 2, 'new': 0}
# expect: {} 0
# expect: {'a': None, 'b': None} {1: 0, 2: 0} {0: 'v', 1: 'v'}
# expect: 4 True True ['a', 'c', 'x', 'y'] ['y', 'x', 'c', 'a']
