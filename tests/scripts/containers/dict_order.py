# Dicts keep insertion order across deletions and re-insertions.
d = {}
for k in 'abcde':
    d[k] = ord(k)
del d['b']
del d['d']
d['b'] = 0
d['a'] = -1
print(d)
print(list(d.keys()), list(d.values()))
big = {i: i for i in range(100)}
for i in range(0, 100, 2):
    del big[i]
for i in range(0, 10, 2):
    big[i] = 'x'
print(list(big)[:5], list(big)[-5:], len(big))
print({1: 'a', 1.0: 'b', True: 'c'})

# Expected output (CPython 3.11):
# expect: {'a': -1, 'c': 99, 'e': 101, 'b': 0}
# expect: ['a', 'c', 'e', 'b'] [-1, 99, 101, 0]
# expect: [1, 3, 5, 7, 9] [0, 2, 4, 6, 8] 55
# expect: {1: 'c'}
