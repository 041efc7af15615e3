# startswith/endswith accept a str or a tuple of strs, with start and end.
s = "hello world"
print(s.startswith("hell"), s.startswith("world", 6), s.endswith("world"))  # expect: True True True
print(s.endswith("hello", 0, 5), s.endswith("o", 0, 4), s.startswith(("x", "h")))  # expect: True False True
print(s.startswith(""), s.startswith("", 11), s.startswith("", 12))  # expect: True True False
print("é".startswith("é"), "aé".endswith("é", 1), "aé".endswith("a", 0, -1))  # expect: True True True
print(s.startswith(()), s.endswith(("d", "x"), -1))  # expect: False True
try:
    s.startswith(["h"])
except TypeError as e:
    print(e)  # expect: startswith first arg must be str or a tuple of str, not list
try:
    s.endswith(("x", 1))
except TypeError as e:
    print(e)  # expect: tuple for endswith must only contain str, not int
