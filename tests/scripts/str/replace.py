# replace(old, new[, count]), including an empty old string.
print("aaa".replace("a", "b"))        # expect: bbb
print("aaa".replace("a", "b", 2))     # expect: bba
print("abc".replace("", "-"))         # expect: -a-b-c-
print("abc".replace("", "-", 2))      # expect: -a-bc
print("".replace("", "x"))            # expect: x
print("hello".replace("l", ""))       # expect: heo
print("héllo wörld".replace("ö", "o").replace("é", "e"))  # expect: hello world
print("abab".replace("ab", "xyz"))    # expect: xyzxyz
print("abc".replace("x", "y"))        # expect: abc
print("abc".replace("b", "B", 0))     # expect: abc
try:
    "a".replace(1, "b")
except TypeError as e:
    print(e)                          # expect: replace() argument 1 must be str, not int
