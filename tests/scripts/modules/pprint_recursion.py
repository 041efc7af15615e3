# Recursive structures, saferepr, isreadable and isrecursive.
import pprint

loop = [1, 2]
loop.append(loop)
text = pprint.pformat(loop)
print(text.startswith('[1, 2, <Recursion on list with id='), pprint.isrecursive(loop))
d = {'k': 1}
d['self'] = d
print(pprint.saferepr(d).startswith("{'k': 1, 'self': <Recursion on dict with id="))
print(pprint.isreadable([1, 'a', None, (2.5,)]), pprint.isreadable([object()]), pprint.isreadable(loop))
print(pprint.saferepr({'b': 1, 'a': [1, 2]}), pprint.isrecursive([1, [2]]))
shared = [1]
print(pprint.pformat([shared, shared]))

# expect: True True
# expect: True
# expect: True False False
# expect: {'a': [1, 2], 'b': 1} False
# expect: [[1], [1]]
