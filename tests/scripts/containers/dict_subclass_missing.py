# dict subclasses: __missing__, overridden __setitem__ with super(), fromkeys.
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in 'hello':
    c[ch] = c[ch] + 1
print(c, c['z'], c.get('z'), 'z' in c)
class Logged(dict):
    def __setitem__(self, key, value):
        print('set', key)
        super().__setitem__(key, value)
l = Logged(a=1)
l['b'] = 2
print(l, type(l).__name__, isinstance(l, dict))
print(Counter.fromkeys('ab', 1), type(Counter.fromkeys('a')).__name__)

# Expected output (CPython 3.11):
# expect: {'h': 1, 'e': 1, 'l': 2, 'o': 1} 0 None False
# expect: set b
# expect: {'a': 1, 'b': 2} Logged True
# expect: {'a': 1, 'b': 1} Counter
