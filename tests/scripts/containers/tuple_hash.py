# Tuple hashes match CPython exactly; equal tuples hash equally.
print(hash((1, 2)), hash(()), hash((1,)), hash(((),)), hash((1, (2, 3), -1)))
print(hash((1, 2)) == hash((1.0, 2)), hash((True, 0)) == hash((1, False)))
print({(1, 2): 'a', (1.0, 2.0): 'b'})
try:
    hash((1, [2]))
except TypeError as e:
    print('TypeError:', e)

# Expected output (CPython 3.11):
# expect: -3550055125485641917 5740354900026072187 -6644214454873602895 -5486347211504344842 -4691468712706788113
# expect: True True
# expect: {(1, 2): 'b'}
# expect: TypeError: unhashable type: 'list'
