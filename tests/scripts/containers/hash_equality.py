# Equal numbers are equal keys: 1, 1.0 and True collide in dicts and sets.
d = {}
d[1] = 'int'
d[1.0] = 'float'
d[True] = 'bool'
print(d, len(d))
s = {1, 1.0, True, 0, 0.0, False, -0.0}
print(s, len(s))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(-0.0), {2 ** 70: 'big'}[2 ** 70])
print({1.5: 'x'}[1.5], {(1, 2.0): 'tuple'}[(1.0, 2)], {'a': 1}.get('a' + ''))

# Expected output (CPython 3.11):
# expect: {1: 'bool'} 1
# expect: {0, 1} 2
# expect: True True big
# expect: x tuple 1
