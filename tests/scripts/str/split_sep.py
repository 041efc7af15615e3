# split(sep) and rsplit(sep): every separator counts, empty fields are kept.
print("a,b,,c".split(","))          # expect: ['a', 'b', '', 'c']
print("a,b,,c".split(",", 1))       # expect: ['a', 'b,,c']
print("a,b,,c".rsplit(",", 1))      # expect: ['a,b,', 'c']
print("a::b::c".split("::"))        # expect: ['a', 'b', 'c']
print("".split(","))                # expect: ['']
print(",".split(","))               # expect: ['', '']
print("abc".split("x"))             # expect: ['abc']
print("a,b,c".split(",", -1))       # expect: ['a', 'b', 'c']
print("xéxéx".split("é"))           # expect: ['x', 'x', 'x']
print("a b c".split(sep=" ", maxsplit=1))  # expect: ['a', 'b c']
try:
    "abc".split("")
except ValueError as e:
    print(e)                        # expect: empty separator
try:
    "abc".split(1)
except TypeError as e:
    print(e)                        # expect: must be str or None, not int
