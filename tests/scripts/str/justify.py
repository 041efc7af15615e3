# center/ljust/rjust/zfill/expandtabs.
print("[" + "ab".center(6) + "]", "[" + "a".center(4) + "]", "[" + "ab".center(5) + "]")  # expect: [  ab  ] [ a  ] [  ab ]
print("ab".ljust(5, "*"), "ab".rjust(5, "é"), "abc".center(2))  # expect: ab*** éééab abc
print("42".zfill(5), "-42".zfill(5), "+7".zfill(3), "abc".zfill(2))  # expect: 00042 -0042 +07 abc
print(repr("a\tbc\td".expandtabs()), repr("a\tb".expandtabs(4)))  # expect: 'a       bc      d' 'a   b'
print(repr("ab\ncd\tx".expandtabs(tabsize=3)), repr("\t".expandtabs(0)))  # expect: 'ab\ncd x' ''
try:
    "a".center(5, "ab")
except TypeError as e:
    print(e)  # expect: The fill character must be exactly one character long
