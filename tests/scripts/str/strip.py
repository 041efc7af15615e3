# strip/lstrip/rstrip: whitespace by default, or any of the given characters.
print(repr("  a b \t\n".strip()))          # expect: 'a b'
print(repr("  a  ".lstrip()), repr("  a  ".rstrip()))  # expect: 'a  ' '  a'
print("xxhixx".strip("x"))                 # expect: hi
print("abcHIcba".strip("abc"))             # expect: HI
print("éaé".strip("é"), "\u3000a\xa0".strip())  # expect: a a
print(repr("aaa".strip("a")))              # expect: ''
print("  x ".strip(None))                  # expect: x
try:
    "a".strip(1)
except TypeError as e:
    print(e)                               # expect: strip arg must be None or str
