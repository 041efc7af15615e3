# PrettyPrinter's options: indent, width, depth, compact, sort_dicts,
# underscore_numbers, and pp() (which keeps insertion order).
import pprint

config = {'zeta': [1, 2, 3], 'alpha': {'deep': {'deeper': {'deepest': 1}}},
          'numbers': list(range(0, 300, 7))}
pprint.pprint(config, indent=4, width=50)
pprint.pprint(config, depth=2)
pprint.pprint(config, compact=True, width=60)
pprint.pprint(config, sort_dicts=False, width=60, compact=True)
pprint.pp({'b': 1, 'a': 2})
print(pprint.pformat([10 ** 8, 1234567], underscore_numbers=True))
printer = pprint.PrettyPrinter(width=20, indent=2)
print(printer.pformat(list(range(6))))
for bad in (dict(indent=-1), dict(depth=0), dict(width=0)):
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print(e)

# expect: {   'alpha': {'deep': {'deeper': {'deepest': 1}}},
# expect:     'numbers': [   0,
# expect:                    7,
# expect:                    14,
# expect:                    21,
# expect:                    28,
# expect:                    35,
# expect:                    42,
# expect:                    49,
# expect:                    56,
# expect:                    63,
# expect:                    70,
# expect:                    77,
# expect:                    84,
# expect:                    91,
# expect:                    98,
# expect:                    105,
# expect:                    112,
# expect:                    119,
# expect:                    126,
# expect:                    133,
# expect:                    140,
# expect:                    147,
# expect:                    154,
# expect:                    161,
# expect:                    168,
# expect:                    175,
# expect:                    182,
# expect:                    189,
# expect:                    196,
# expect:                    203,
# expect:                    210,
# expect:                    217,
# expect:                    224,
# expect:                    231,
# expect:                    238,
# expect:                    245,
# expect:                    252,
# expect:                    259,
# expect:                    266,
# expect:                    273,
# expect:                    280,
# expect:                    287,
# expect:                    294],
# expect:     'zeta': [1, 2, 3]}
# expect: {'alpha': {'deep': {...}},
# expect:  'numbers': [0,
# expect:              7,
# expect:              14,
# expect:              21,
# expect:              28,
# expect:              35,
# expect:              42,
# expect:              49,
# expect:              56,
# expect:              63,
# expect:              70,
# expect:              77,
# expect:              84,
# expect:              91,
# expect:              98,
# expect:              105,
# expect:              112,
# expect:              119,
# expect:              126,
# expect:              133,
# expect:              140,
# expect:              147,
# expect:              154,
# expect:              161,
# expect:              168,
# expect:              175,
# expect:              182,
# expect:              189,
# expect:              196,
# expect:              203,
# expect:              210,
# expect:              217,
# expect:              224,
# expect:              231,
# expect:              238,
# expect:              245,
# expect:              252,
# expect:              259,
# expect:              266,
# expect:              273,
# expect:              280,
# expect:              287,
# expect:              294],
# expect:  'zeta': [1, 2, 3]}
# expect: {'alpha': {'deep': {'deeper': {'deepest': 1}}},
# expect:  'numbers': [0, 7, 14, 21, 28, 35, 42, 49, 56, 63, 70, 77,
# expect:              84, 91, 98, 105, 112, 119, 126, 133, 140, 147,
# expect:              154, 161, 168, 175, 182, 189, 196, 203, 210,
# expect:              217, 224, 231, 238, 245, 252, 259, 266, 273,
# expect:              280, 287, 294],
# expect:  'zeta': [1, 2, 3]}
# expect: {'zeta': [1, 2, 3],
# expect:  'alpha': {'deep': {'deeper': {'deepest': 1}}},
# expect:  'numbers': [0, 7, 14, 21, 28, 35, 42, 49, 56, 63, 70, 77,
# expect:              84, 91, 98, 105, 112, 119, 126, 133, 140, 147,
# expect:              154, 161, 168, 175, 182, 189, 196, 203, 210,
# expect:              217, 224, 231, 238, 245, 252, 259, 266, 273,
# expect:              280, 287, 294]}
# expect: {'b': 1, 'a': 2}
# expect: [100_000_000, 1_234_567]
# expect: [0, 1, 2, 3, 4, 5]
# expect: indent must be >= 0
# expect: depth must be > 0
# expect: width must be != 0
