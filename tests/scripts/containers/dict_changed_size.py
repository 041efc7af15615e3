# Changing a dict's size while iterating it raises RuntimeError.
d = {1: 1, 2: 2}
try:
    for key in d:
        d[key + 10] = 0
except RuntimeError as e:
    print('RuntimeError:', e)
d = {1: 1, 2: 2}
try:
    for key in d:
        del d[key]
except RuntimeError as e:
    print('RuntimeError:', e)
d = {1: 1, 2: 2}
for key in d:
    d[key] = 'changed values are fine'
print(d)
d = {1: 1, 2: 2}
try:
    for item in d.items():
        d.pop(1, None)
        d[3] = 3
except RuntimeError as e:
    print('RuntimeError:', e)

# Expected output (CPython 3.11):
# expect: RuntimeError: dictionary changed size during iteration
# expect: RuntimeError: dictionary changed size during iteration
# expect: {1: 'changed values are fine', 2: 'changed values are fine'}
# expect: RuntimeError: dictionary keys changed during iteration
