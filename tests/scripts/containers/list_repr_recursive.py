# repr of self-containing lists and dicts prints [...] / {...}.
xs = [1, 2]
xs.append(xs)
print(xs)
d = {'k': xs}
d['self'] = d
print(d)
t = (xs, 1)
print(t)
print([[], [[]], [1, [2, [3]]]], str([None, True, 'a', "b'c"]))

# Expected output (CPython 3.11):
# expect: [1, 2, [...]]
# expect: {'k': [1, 2, [...]], 'self': {...}}
# expect: ([1, 2, [...]], 1)
# expect: [[], [[]], [1, [2, [3]]]] [None, True, 'a', "b'c"]
