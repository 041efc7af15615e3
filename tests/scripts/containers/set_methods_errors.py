# Set mutation methods and their errors.
s = {1, 2}
s.add(3)
s.discard(10)
s.remove(1)
print(s, len(s), 2 in s, 1 in s)
for f in [lambda: s.remove(99), lambda: set().pop(), lambda: s.add([]), lambda: {[]}, lambda: [] in s]:
    try:
        f()
    except (KeyError, TypeError) as e:
        print(type(e).__name__ + ':', e)
t = s.copy()
t.clear()
print(t, s)
print({frozenset({1})}, {1} in {frozenset({1})}, frozenset({1}) in {frozenset({1})})
try:
    frozenset().add(1)
except AttributeError as e:
    print('AttributeError:', e)

# Expected output (CPython 3.11):
# expect: {2, 3} 2 True False
# expect: KeyError: 99
# expect: KeyError: 'pop from an empty set'
# expect: TypeError: unhashable type: 'list'
# expect: TypeError: unhashable type: 'list'
# expect: TypeError: unhashable type: 'list'
# expect: set() {2, 3}
# expect: {frozenset({1})} True True
# expect: AttributeError: 'frozenset' object has no attribute 'add'
