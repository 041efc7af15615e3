for thing, key in [([1, 2], 5), ((1,), -2), ("ab", 2), ({}, "k"), ([1], "x"), ("s", 1.5)]:
    try:
        thing[key]
    except (IndexError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
try:
    (5)[0]
except TypeError as e:
    print(e)
try:
    None[0]
except TypeError as e:
    print(e)

# expect: IndexError list index out of range
# expect: IndexError tuple index out of range
# expect: IndexError string index out of range
# expect: KeyError 'k'
# expect: TypeError list indices must be integers or slices, not str
# expect: TypeError string indices must be integers, not 'float'
# expect: 'int' object is not subscriptable
# expect: 'NoneType' object is not subscriptable
