def show(*a, **k):
    print(a, k)
show(1, *[2, 3], 4, *(), 5)
show(*"xy", sep=1, **{'end': 2}, flush=3)
show(**{'a': 1}, **{'b': 2})
d = dict(x=1)
show(*d, **d)

# expect: (1, 2, 3, 4, 5) {}
# expect: ('x', 'y') {'sep': 1, 'end': 2, 'flush': 3}
# expect: () {'a': 1, 'b': 2}
# expect: ('x',) {'x': 1}
