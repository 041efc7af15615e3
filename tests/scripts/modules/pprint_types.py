# OrderedDict, defaultdict, Counter, ChainMap, deque, dataclasses and
# SimpleNamespace get their own layouts; other objects keep their repr.
import pprint
import types
from collections import ChainMap, Counter, OrderedDict, defaultdict, deque
from dataclasses import dataclass, field

pprint.pprint(OrderedDict((name, len(name)) for name in ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta']), width=40)
pprint.pprint(defaultdict(list, {'fruits': ['apple', 'banana'], 'veg': ['kale'] * 6}), width=40)
pprint.pprint(Counter('mississippi river banks'), width=40)
pprint.pprint(ChainMap({'user': 'ann', 'theme': 'dark'}, {'theme': 'light', 'lang': 'en'}), width=40)
pprint.pprint(deque(range(20), maxlen=25), width=30)


@dataclass
class Item:
    name: str
    price: float
    tags: list = field(default_factory=list)


pprint.pprint([Item('widget', 2.5, ['small', 'blue']), Item('gadget', 10.0, ['large'] * 5)], width=50)
pprint.pprint(types.SimpleNamespace(host='localhost', port=8080, paths=['/a', '/b'] * 8), width=50)


class Custom:
    def __repr__(self):
        return 'Custom(' + 'x' * 80 + ')'


class Tagged(list):
    pass


pprint.pprint([Custom()])
pprint.pprint(Tagged(range(25)), width=30, compact=True)

# expect: OrderedDict([('alpha', 5),
# expect:              ('beta', 4),
# expect:              ('gamma', 5),
# expect:              ('delta', 5),
# expect:              ('epsilon', 7),
# expect:              ('zeta', 4)])
# expect: defaultdict(<class 'list'>,
# expect:             {'fruits': ['apple',
# expect:                         'banana'],
# expect:              'veg': ['kale',
# expect:                      'kale',
# expect:                      'kale',
# expect:                      'kale',
# expect:                      'kale',
# expect:                      'kale']})
# expect: Counter({'i': 5,
# expect:          's': 5,
# expect:          'p': 2,
# expect:          ' ': 2,
# expect:          'r': 2,
# expect:          'm': 1,
# expect:          'v': 1,
# expect:          'e': 1,
# expect:          'b': 1,
# expect:          'a': 1,
# expect:          'n': 1,
# expect:          'k': 1})
# expect: ChainMap({'theme': 'dark',
# expect:           'user': 'ann'},
# expect:          {'lang': 'en',
# expect:           'theme': 'light'})
# expect: deque([0,
# expect:        1,
# expect:        2,
# expect:        3,
# expect:        4,
# expect:        5,
# expect:        6,
# expect:        7,
# expect:        8,
# expect:        9,
# expect:        10,
# expect:        11,
# expect:        12,
# expect:        13,
# expect:        14,
# expect:        15,
# expect:        16,
# expect:        17,
# expect:        18,
# expect:        19],
# expect:       maxlen=25)
# expect: [Item(name='widget',
# expect:       price=2.5,
# expect:       tags=['small', 'blue']),
# expect:  Item(name='gadget',
# expect:       price=10.0,
# expect:       tags=['large',
# expect:             'large',
# expect:             'large',
# expect:             'large',
# expect:             'large'])]
# expect: namespace(host='localhost',
# expect:           port=8080,
# expect:           paths=['/a',
# expect:                  '/b',
# expect:                  '/a',
# expect:                  '/b',
# expect:                  '/a',
# expect:                  '/b',
# expect:                  '/a',
# expect:                  '/b',
# expect:                  '/a',
# expect:                  '/b',
# expect:                  '/a',
# expect:                  '/b',
# expect:                  '/a',
# expect:                  '/b',
# expect:                  '/a',
# expect:                  '/b'])
# expect: [Custom(xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx)]
# expect: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
# expect:  10, 11, 12, 13, 14, 15, 16,
# expect:  17, 18, 19, 20, 21, 22, 23,
# expect:  24]
