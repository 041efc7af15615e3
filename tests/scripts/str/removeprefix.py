# removeprefix/removesuffix.
print("unittest".removeprefix("unit"), "unittest".removesuffix("test"))  # expect: test unit
print("abc".removeprefix("x"), "abc".removesuffix(""), "é!".removesuffix("!"))  # expect: abc abc é
try:
    "a".removeprefix(1)
except TypeError as e:
    print(e)  # expect: removeprefix() argument must be str, not int
