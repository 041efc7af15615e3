# pprint breaks dicts, lists, tuples and sets over lines as CPython does.
import pprint

data = {'name': 'coil', 'versions': list(range(12)), 'nested': {'a': [1, 2, {'b': (3, 4, 5)}]},
        'tuple': tuple(range(10)), 'set': set(range(5)), 'empty': {}, 'one': (1,)}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint([('a' * 30, 1), ('b' * 30, 2), ('c' * 30, 3)])
pprint.pprint(frozenset(range(20)), width=30)
pprint.pprint({3: 'c', 1: 'a', 2: 'b', 'x': None}, width=12)

# expect: {'empty': {},
# expect:  'name': 'coil',
# expect:  'nested': {'a': [1, 2, {'b': (3, 4, 5)}]},
# expect:  'one': (1,),
# expect:  'set': {0, 1, 2, 3, 4},
# expect:  'tuple': (0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
# expect:  'versions': [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]}
# expect: {'empty': {},
# expect:  'name': 'coil',
# expect:  'nested': {'a': [1,
# expect:                   2,
# expect:                   {'b': (3, 4, 5)}]},
# expect:  'one': (1,),
# expect:  'set': {0, 1, 2, 3, 4},
# expect:  'tuple': (0,
# expect:            1,
# expect:            2,
# expect:            3,
# expect:            4,
# expect:            5,
# expect:            6,
# expect:            7,
# expect:            8,
# expect:            9),
# expect:  'versions': [0,
# expect:               1,
# expect:               2,
# expect:               3,
# expect:               4,
# expect:               5,
# expect:               6,
# expect:               7,
# expect:               8,
# expect:               9,
# expect:               10,
# expect:               11]}
# expect: [('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 1),
# expect:  ('bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', 2),
# expect:  ('cccccccccccccccccccccccccccccc', 3)]
# expect: frozenset({0,
# expect:            1,
# expect:            2,
# expect:            3,
# expect:            4,
# expect:            5,
# expect:            6,
# expect:            7,
# expect:            8,
# expect:            9,
# expect:            10,
# expect:            11,
# expect:            12,
# expect:            13,
# expect:            14,
# expect:            15,
# expect:            16,
# expect:            17,
# expect:            18,
# expect:            19})
# expect: {1: 'a',
# expect:  2: 'b',
# expect:  3: 'c',
# expect:  'x': None}
