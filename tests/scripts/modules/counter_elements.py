# collections.Counter.elements(): an itertools.chain skipping counts below one, in insertion order
from collections import Counter
c = Counter(a=3, b=0, c=-1, d=2)
e = c.elements()
print(sorted(e), type(c.elements()).__name__, list(Counter("abca").elements()))
print(list(Counter().elements()), sorted(Counter("mississippi").elements()))

# expect: ['a', 'a', 'a', 'd', 'd'] chain ['a', 'a', 'b', 'c']
# expect: [] ['i', 'i', 'i', 'i', 'm', 'p', 'p', 's', 's', 's', 's']
