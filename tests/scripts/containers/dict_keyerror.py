# A missing key raises KeyError whose argument is the key itself.
d = {'a': 1}
try:
    d['missing']
except KeyError as e:
    print(repr(e), e.args, str(e))
try:
    d[(1, 2)]
except KeyError as e:
    print(repr(e), str(e))
try:
    del d['nope']
except KeyError as e:
    print('del:', e)
try:
    {}.popitem()
except KeyError as e:
    print(e)
try:
    d[[1]]
except TypeError as e:
    print('TypeError:', e)
print(d['x'])

# Expected output (CPython 3.11):
# expect: KeyError('missing') ('missing',) 'missing'
# expect: KeyError((1, 2)) (1, 2)
# expect: del: 'nope'
# expect: 'popitem(): dictionary is empty'
# expect: TypeError: unhashable type: 'list'
# expect runtime error: KeyError: 'x'
