# Changing a set's size while iterating it raises RuntimeError.
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 100)
except RuntimeError as e:
    print('RuntimeError:', e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print('RuntimeError:', e)
print(len(s))

# Expected output (CPython 3.11):
# expect: RuntimeError: Set changed size during iteration
# expect: RuntimeError: Set changed size during iteration
# expect: 2
