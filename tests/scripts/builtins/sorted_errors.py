# sorted() argument errors.
try:
    sorted()
except TypeError as e:
    print(e)  # expect: sorted expected 1 argument, got 0
try:
    sorted([1], foo=1)
except TypeError as e:
    print(e)  # expect: 'foo' is an invalid keyword argument for sort()
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)  # expect: '<' not supported between instances of 'str' and 'int'
