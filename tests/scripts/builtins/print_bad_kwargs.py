# Invalid keyword arguments and separators raise TypeError.
for kwargs in ({"sep": 1}, {"end": []}, {"foo": 1}):
    try:
        print("x", **kwargs)
    except TypeError as e:
        print(e)
# expect: sep must be None or a string, not int
# expect: end must be None or a string, not list
# expect: 'foo' is an invalid keyword argument for print()
