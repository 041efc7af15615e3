# dict() from mappings, pairs, keywords, and its errors.
print(dict(), dict({'a': 1}), dict([('a', 1), ('b', 2)]), dict(a=1, b=2))
print(dict([('a', 1)], b=2), dict({'a': 1}, a=2), dict(['ab', 'cd']), dict(zip('xy', (1, 2))))
class Mapping:
    def keys(self):
        return ['k1', 'k2']
    def __getitem__(self, key):
        return key.upper()
print(dict(Mapping()))
for bad in [lambda: dict(1), lambda: dict([1]), lambda: dict([(1, 2, 3)]), lambda: dict({}, {})]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)

# Expected output (CPython 3.11):
# expect: {} {'a': 1} {'a': 1, 'b': 2} {'a': 1, 'b': 2}
# expect: {'a': 1, 'b': 2} {'a': 2} {'a': 'b', 'c': 'd'} {'x': 1, 'y': 2}
# expect: {'k1': 'K1', 'k2': 'K2'}
# expect: TypeError: 'int' object is not iterable
# expect: TypeError: cannot convert dictionary update sequence element #0 to a sequence
# expect: ValueError: dictionary update sequence element #0 has length 3; 2 is required
# expect: TypeError: dict expected at most 1 argument, got 2
