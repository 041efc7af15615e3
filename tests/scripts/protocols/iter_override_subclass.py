# list(), list.extend and unpacking of a different length iterate a tuple or list subclass that overrides __iter__ (CPython reads only the exact types directly)
class Six(tuple):
    def __iter__(self):
        yield from tuple.__iter__(self)
        yield 'extra'
class Rev(list):
    def __iter__(self):
        return reversed(list(list.__iter__(self)))
s = Six((1, 2))
a, b, c = s
print(a, b, c, list(s), tuple(s), [*s], len(s))
x, *rest = s
print(x, rest)
r = Rev([1, 2, 3])
print(list(r), sorted(r), max(r), ''.join(map(str, r)))
out = [0]; out.extend(s); out += r; print(out)
def f(*args): return args
print(f(*r))
class Plain(tuple): pass
u, v = Plain((5, 6)); print(u, v, list(Plain((7,))))
try:
    a, b, c, d = s
except ValueError as e:
    print('ValueError', e)

# expect: 1 2 extra [1, 2, 'extra'] (1, 2, 'extra') [1, 2, 'extra'] 2
# expect: 1 [2, 'extra']
# expect: [3, 2, 1] [1, 2, 3] 3 321
# expect: [0, 1, 2, 'extra', 3, 2, 1]
# expect: (3, 2, 1)
# expect: 5 6 [7]
# expect: ValueError not enough values to unpack (expected 4, got 3)
